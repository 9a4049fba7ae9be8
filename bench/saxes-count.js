/**
 * The baseline: stream a file through saxes and count <testcase> elements,
 * nothing else. Same chunk size as the CLI's reader.
 */
import { createReadStream } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'
import { SaxesParser } from 'saxes'

const parser = new SaxesParser()
let testcases = 0
parser.on('opentag', (tag) => {
  if (tag.name === 'testcase') testcases++
})
const decoder = new StringDecoder('utf8')
for await (const chunk of createReadStream(process.argv[2], {
  highWaterMark: 64 * 1024
})) {
  parser.write(decoder.write(chunk))
}
parser.write(decoder.end())
parser.close()
process.stdout.write(`${JSON.stringify({ testcases })}\n`)
