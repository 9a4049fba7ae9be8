/** Helpers for the .NET report families (NUnit, xUnit.net, TRX). */

/** Element name without a namespace prefix (`t:TestRun` → `TestRun`). */
export function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

const EXCEPTION_TYPE =
  /(?:^(?:(?:OneTime)?(?:SetUp|TearDown)\s*:\s*)?|threw exception:\s*)([A-Za-z_][\w.`+]*(?:Exception|Error|Failure))\s*:/

/**
 * The exception type a .NET message starts with: NUnit writes
 * `System.DivideByZeroException : ...`, MSTest `Test method X threw
 * exception: System.IO.IOException: ...`, and a fixture's failure
 * `OneTimeSetUp: System.X : ...`.
 */
export function exceptionType(message: string | null): string | null {
  if (!message) return null
  const match = EXCEPTION_TYPE.exec(message.slice(0, 2_000))
  return match ? match[1] : null
}

const FRAME_LOCATION = /\bin (.+?):line (\d+)/

/** File and line of the first stack frame that has them (` in X.cs:line 9`). */
export function stackLocation(
  stack: string | null
): { file: string; line: number } | null {
  if (!stack) return null
  const match = FRAME_LOCATION.exec(stack.slice(0, 16_000))
  return match ? { file: match[1].trim(), line: Number(match[2]) } : null
}

const TIME_SPAN = /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/

/** TRX durations are .NET TimeSpans (`00:00:00.0038577`, `1.02:03:04`). */
export function timeSpanSeconds(text: string | undefined): number | null {
  if (!text) return null
  const match = TIME_SPAN.exec(text.trim())
  if (!match) return null
  const [, days, hours, minutes, seconds] = match
  return (
    Number(days ?? 0) * 86_400 +
    Number(hours) * 3_600 +
    Number(minutes) * 60 +
    Number(seconds)
  )
}

/** `Namespace.Class, AssemblyName` → `Namespace.Class`. */
export function withoutAssembly(typeName: string): string {
  const comma = typeName.indexOf(',')
  return (comma === -1 ? typeName : typeName.slice(0, comma)).trim()
}

/**
 * Splits a full test name (`Ns.Class.Method(args)`) into class and method;
 * dots inside the argument list do not count.
 */
export function splitFullName(fullName: string): {
  classname: string
  name: string
} {
  const paren = fullName.indexOf('(')
  const head = paren === -1 ? fullName : fullName.slice(0, paren)
  const dot = head.lastIndexOf('.')
  if (dot <= 0) return { classname: '', name: fullName }
  return { classname: head.slice(0, dot), name: fullName.slice(dot + 1) }
}

/** Drops a `Class.` prefix from a display name that repeats its class. */
export function shortName(name: string, classname: string): string {
  return classname !== '' &&
    name.startsWith(`${classname}.`) &&
    name.length > classname.length + 1
    ? name.slice(classname.length + 1)
    : name
}
