#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { stat as stat$1 } from 'node:fs/promises';
import { resolve as resolve$1 } from 'node:path';
import * as nativeFs from 'fs';
import { statSync, stat, realpathSync, realpath, readdirSync, readdir } from 'fs';
import { sep, basename, dirname, resolve, normalize, relative, posix, isAbsolute } from 'path';
import { fileURLToPath } from 'url';
import { createRequire } from 'module';
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

const pct = (fraction) => fraction === null ? 'n/a' : `${formatPercent(fraction)}%`;
/** A fraction as a percent with one decimal: 0.185 → "18.5". */
function formatPercent(fraction) {
    return (Math.round(fraction * 1000) / 10).toFixed(1);
}
function evaluateGate(rates, thresholds, infrastructureCauses = 0) {
    const reasons = [];
    const below = (label, actual, min) => {
        if (min === undefined)
            return;
        if (actual === null || actual * 100 < min - 1e-9) {
            reasons.push(`${label} ${pct(actual)} is below the minimum of ${min}%`);
        }
    };
    below('execution rate', rates.execution, thresholds.minExecutionRate);
    below('pass rate', rates.pass, thresholds.minPassRate);
    if (thresholds.maxSkipRate !== undefined &&
        rates.skip !== null &&
        rates.skip * 100 > thresholds.maxSkipRate + 1e-9) {
        reasons.push(`skip rate ${pct(rates.skip)} is above the maximum of ${thresholds.maxSkipRate}%`);
    }
    if (thresholds.failOnInfrastructure && infrastructureCauses > 0) {
        reasons.push(`${infrastructureCauses} infrastructure cause${infrastructureCauses === 1 ? '' : 's'} found`);
    }
    return { passed: reasons.length === 0, reasons };
}

function emptyTotals() {
    return { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
}
function addTotals(into, from) {
    into.tests += from.tests;
    into.passed += from.passed;
    into.failed += from.failed;
    into.errors += from.errors;
    into.skipped += from.skipped;
    return into;
}
function suiteTotals(suite) {
    const totals = emptyTotals();
    for (const test of suite.cases) {
        totals.tests++;
        if (test.status === 'passed')
            totals.passed++;
        else if (test.status === 'failed')
            totals.failed++;
        else if (test.status === 'error')
            totals.errors++;
        else
            totals.skipped++;
    }
    return totals;
}
function reportTotals(report) {
    const totals = emptyTotals();
    for (const suite of report.suites)
        addTotals(totals, suiteTotals(suite));
    return totals;
}
const ratio = (part, whole) => whole === 0 ? null : part / whole;
function rates(totals) {
    const ran = totals.tests - totals.skipped;
    return {
        execution: ratio(ran, totals.tests),
        skip: ratio(totals.skipped, totals.tests),
        failure: ratio(totals.failed + totals.errors, ran),
        pass: ratio(totals.passed, totals.tests)
    };
}

function triage(_reports) {
    return [];
}

function analyze(reports, options = {}) {
    const totals = emptyTotals();
    const suites = [];
    const warnings = [];
    for (const report of reports) {
        if (report.error !== null) {
            warnings.push(`${report.path}: refused: ${report.error}`);
            continue;
        }
        for (const warning of report.warnings) {
            warnings.push(`${report.path}: ${warning}`);
        }
        for (const suite of report.suites) {
            const counted = suiteTotals(suite);
            addTotals(totals, counted);
            suites.push({
                name: suite.name,
                file: suite.file,
                report: report.path,
                totals: counted,
                rates: rates(counted)
            });
        }
    }
    const overall = rates(totals);
    const causes = triage();
    const infrastructure = causes.filter((cause) => cause.infrastructure).length;
    return {
        reports,
        totals,
        rates: overall,
        suites,
        causes,
        gate: evaluateGate(overall, options.thresholds ?? {}, infrastructure),
        warnings
    };
}

//#region rolldown:runtime
var __require = /* @__PURE__ */ createRequire(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = normalize(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = resolve(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath$1(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath$1;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = dirname(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = dirname(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || nativeFs
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = basename(resolvedPath);
						const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var utils = {};

var constants;
var hasRequiredConstants;

function requireConstants () {
	if (hasRequiredConstants) return constants;
	hasRequiredConstants = 1;

	const WIN_SLASH = '\\\\/';
	const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

	const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

	/**
	 * Posix glob regex
	 */

	const DOT_LITERAL = '\\.';
	const PLUS_LITERAL = '\\+';
	const QMARK_LITERAL = '\\?';
	const SLASH_LITERAL = '\\/';
	const ONE_CHAR = '(?=.)';
	const QMARK = '[^/]';
	const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
	const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
	const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
	const NO_DOT = `(?!${DOT_LITERAL})`;
	const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
	const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
	const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
	const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
	const STAR = `${QMARK}*?`;
	const SEP = '/';

	const POSIX_CHARS = {
	  DOT_LITERAL,
	  PLUS_LITERAL,
	  QMARK_LITERAL,
	  SLASH_LITERAL,
	  ONE_CHAR,
	  QMARK,
	  END_ANCHOR,
	  DOTS_SLASH,
	  NO_DOT,
	  NO_DOTS,
	  NO_DOT_SLASH,
	  NO_DOTS_SLASH,
	  QMARK_NO_DOT,
	  STAR,
	  START_ANCHOR,
	  SEP
	};

	/**
	 * Windows glob regex
	 */

	const WINDOWS_CHARS = {
	  ...POSIX_CHARS,

	  SLASH_LITERAL: `[${WIN_SLASH}]`,
	  QMARK: WIN_NO_SLASH,
	  STAR: `${WIN_NO_SLASH}*?`,
	  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
	  NO_DOT: `(?!${DOT_LITERAL})`,
	  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
	  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
	  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
	  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
	  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
	  SEP: '\\'
	};

	/**
	 * POSIX Bracket Regex
	 */

	const POSIX_REGEX_SOURCE = {
	  __proto__: null,
	  alnum: 'a-zA-Z0-9',
	  alpha: 'a-zA-Z',
	  ascii: '\\x00-\\x7F',
	  blank: ' \\t',
	  cntrl: '\\x00-\\x1F\\x7F',
	  digit: '0-9',
	  graph: '\\x21-\\x7E',
	  lower: 'a-z',
	  print: '\\x20-\\x7E ',
	  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
	  space: ' \\t\\r\\n\\v\\f',
	  upper: 'A-Z',
	  word: 'A-Za-z0-9_',
	  xdigit: 'A-Fa-f0-9'
	};

	constants = {
	  DEFAULT_MAX_EXTGLOB_RECURSION,
	  MAX_LENGTH: 1024 * 64,
	  POSIX_REGEX_SOURCE,

	  // regular expressions
	  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
	  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
	  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
	  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
	  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
	  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

	  // Replace globs with equivalent patterns to reduce parsing time.
	  REPLACEMENTS: {
	    __proto__: null,
	    '***': '*',
	    '**/**': '**',
	    '**/**/**': '**'
	  },

	  // Digits
	  CHAR_0: 48, /* 0 */
	  CHAR_9: 57, /* 9 */

	  // Alphabet chars.
	  CHAR_UPPERCASE_A: 65, /* A */
	  CHAR_LOWERCASE_A: 97, /* a */
	  CHAR_UPPERCASE_Z: 90, /* Z */
	  CHAR_LOWERCASE_Z: 122, /* z */

	  CHAR_LEFT_PARENTHESES: 40, /* ( */
	  CHAR_RIGHT_PARENTHESES: 41, /* ) */

	  CHAR_ASTERISK: 42, /* * */

	  // Non-alphabetic chars.
	  CHAR_AMPERSAND: 38, /* & */
	  CHAR_AT: 64, /* @ */
	  CHAR_BACKWARD_SLASH: 92, /* \ */
	  CHAR_CARRIAGE_RETURN: 13, /* \r */
	  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
	  CHAR_COLON: 58, /* : */
	  CHAR_COMMA: 44, /* , */
	  CHAR_DOT: 46, /* . */
	  CHAR_DOUBLE_QUOTE: 34, /* " */
	  CHAR_EQUAL: 61, /* = */
	  CHAR_EXCLAMATION_MARK: 33, /* ! */
	  CHAR_FORM_FEED: 12, /* \f */
	  CHAR_FORWARD_SLASH: 47, /* / */
	  CHAR_GRAVE_ACCENT: 96, /* ` */
	  CHAR_HASH: 35, /* # */
	  CHAR_HYPHEN_MINUS: 45, /* - */
	  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
	  CHAR_LEFT_CURLY_BRACE: 123, /* { */
	  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
	  CHAR_LINE_FEED: 10, /* \n */
	  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
	  CHAR_PERCENT: 37, /* % */
	  CHAR_PLUS: 43, /* + */
	  CHAR_QUESTION_MARK: 63, /* ? */
	  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
	  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
	  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
	  CHAR_SEMICOLON: 59, /* ; */
	  CHAR_SINGLE_QUOTE: 39, /* ' */
	  CHAR_SPACE: 32, /*   */
	  CHAR_TAB: 9, /* \t */
	  CHAR_UNDERSCORE: 95, /* _ */
	  CHAR_VERTICAL_LINE: 124, /* | */
	  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

	  /**
	   * Create EXTGLOB_CHARS
	   */

	  extglobChars(chars) {
	    return {
	      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
	      '?': { type: 'qmark', open: '(?:', close: ')?' },
	      '+': { type: 'plus', open: '(?:', close: ')+' },
	      '*': { type: 'star', open: '(?:', close: ')*' },
	      '@': { type: 'at', open: '(?:', close: ')' }
	    };
	  },

	  /**
	   * Create GLOB_CHARS
	   */

	  globChars(win32) {
	    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
	  }
	};
	return constants;
}

/*global navigator*/

var hasRequiredUtils;

function requireUtils () {
	if (hasRequiredUtils) return utils;
	hasRequiredUtils = 1;
	(function (exports) {

		const {
		  REGEX_BACKSLASH,
		  REGEX_REMOVE_BACKSLASH,
		  REGEX_SPECIAL_CHARS,
		  REGEX_SPECIAL_CHARS_GLOBAL
		} = /*@__PURE__*/ requireConstants();

		exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
		exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
		exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
		exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
		exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

		exports.isWindows = () => {
		  if (typeof navigator !== 'undefined' && navigator.platform) {
		    const platform = navigator.platform.toLowerCase();
		    return platform === 'win32' || platform === 'windows';
		  }

		  if (typeof process !== 'undefined' && process.platform) {
		    return process.platform === 'win32';
		  }

		  return false;
		};

		exports.removeBackslashes = str => {
		  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
		    return match === '\\' ? '' : match;
		  });
		};

		exports.escapeLast = (input, char, lastIdx) => {
		  const idx = input.lastIndexOf(char, lastIdx);
		  if (idx === -1) return input;
		  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
		  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
		};

		exports.removePrefix = (input, state = {}) => {
		  let output = input;
		  if (output.startsWith('./')) {
		    output = output.slice(2);
		    state.prefix = './';
		  }
		  return output;
		};

		exports.wrapOutput = (input, state = {}, options = {}) => {
		  const prepend = options.contains ? '' : '^';
		  const append = options.contains ? '' : '$';

		  let output = `${prepend}(?:${input})${append}`;
		  if (state.negated === true) {
		    output = `(?:^(?!${output}).*$)`;
		  }
		  return output;
		};

		exports.basename = (path, { windows } = {}) => {
		  const segs = path.split(windows ? /[\\/]/ : '/');
		  const last = segs[segs.length - 1];

		  if (last === '') {
		    return segs[segs.length - 2];
		  }

		  return last;
		}; 
	} (utils));
	return utils;
}

var scan_1;
var hasRequiredScan;

function requireScan () {
	if (hasRequiredScan) return scan_1;
	hasRequiredScan = 1;

	const utils = /*@__PURE__*/ requireUtils();
	const {
	  CHAR_ASTERISK,             /* * */
	  CHAR_AT,                   /* @ */
	  CHAR_BACKWARD_SLASH,       /* \ */
	  CHAR_COMMA,                /* , */
	  CHAR_DOT,                  /* . */
	  CHAR_EXCLAMATION_MARK,     /* ! */
	  CHAR_FORWARD_SLASH,        /* / */
	  CHAR_LEFT_CURLY_BRACE,     /* { */
	  CHAR_LEFT_PARENTHESES,     /* ( */
	  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
	  CHAR_PLUS,                 /* + */
	  CHAR_QUESTION_MARK,        /* ? */
	  CHAR_RIGHT_CURLY_BRACE,    /* } */
	  CHAR_RIGHT_PARENTHESES,    /* ) */
	  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
	} = /*@__PURE__*/ requireConstants();

	const isPathSeparator = code => {
	  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
	};

	const depth = token => {
	  if (token.isPrefix !== true) {
	    token.depth = token.isGlobstar ? Infinity : 1;
	  }
	};

	/**
	 * Quickly scans a glob pattern and returns an object with a handful of
	 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
	 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
	 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
	 *
	 * ```js
	 * const pm = require('picomatch');
	 * console.log(pm.scan('foo/bar/*.js'));
	 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
	 * ```
	 * @param {String} `str`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with tokens and regex source string.
	 * @api public
	 */

	const scan = (input, options) => {
	  const opts = options || {};

	  const length = input.length - 1;
	  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
	  const slashes = [];
	  const tokens = [];
	  const parts = [];

	  let str = input;
	  let index = -1;
	  let start = 0;
	  let lastIndex = 0;
	  let isBrace = false;
	  let isBracket = false;
	  let isGlob = false;
	  let isExtglob = false;
	  let isGlobstar = false;
	  let braceEscaped = false;
	  let backslashes = false;
	  let negated = false;
	  let negatedExtglob = false;
	  let finished = false;
	  let braces = 0;
	  let prev;
	  let code;
	  let token = { value: '', depth: 0, isGlob: false };

	  const eos = () => index >= length;
	  const peek = () => str.charCodeAt(index + 1);
	  const advance = () => {
	    prev = code;
	    return str.charCodeAt(++index);
	  };

	  while (index < length) {
	    code = advance();
	    let next;

	    if (code === CHAR_BACKWARD_SLASH) {
	      backslashes = token.backslashes = true;
	      code = advance();

	      if (code === CHAR_LEFT_CURLY_BRACE) {
	        braceEscaped = true;
	      }
	      continue;
	    }

	    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
	      braces++;

	      while (eos() !== true && (code = advance())) {
	        if (code === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (code === CHAR_LEFT_CURLY_BRACE) {
	          braces++;
	          continue;
	        }

	        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (braceEscaped !== true && code === CHAR_COMMA) {
	          isBrace = token.isBrace = true;
	          isGlob = token.isGlob = true;
	          finished = true;

	          if (scanToEnd === true) {
	            continue;
	          }

	          break;
	        }

	        if (code === CHAR_RIGHT_CURLY_BRACE) {
	          braces--;

	          if (braces === 0) {
	            braceEscaped = false;
	            isBrace = token.isBrace = true;
	            finished = true;
	            break;
	          }
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (code === CHAR_FORWARD_SLASH) {
	      slashes.push(index);
	      tokens.push(token);
	      token = { value: '', depth: 0, isGlob: false };

	      if (finished === true) continue;
	      if (prev === CHAR_DOT && index === (start + 1)) {
	        start += 2;
	        continue;
	      }

	      lastIndex = index + 1;
	      continue;
	    }

	    if (opts.noext !== true) {
	      const isExtglobChar = code === CHAR_PLUS
	        || code === CHAR_AT
	        || code === CHAR_ASTERISK
	        || code === CHAR_QUESTION_MARK
	        || code === CHAR_EXCLAMATION_MARK;

	      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
	        isGlob = token.isGlob = true;
	        isExtglob = token.isExtglob = true;
	        finished = true;
	        if (code === CHAR_EXCLAMATION_MARK && index === start) {
	          negatedExtglob = true;
	        }

	        if (scanToEnd === true) {
	          let parens = 0;

	          while (eos() !== true && (code = advance())) {
	            if (code === CHAR_BACKWARD_SLASH) {
	              backslashes = token.backslashes = true;
	              advance();
	              continue;
	            }

	            if (code === CHAR_LEFT_PARENTHESES) {
	              parens++;
	              continue;
	            }

	            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	              finished = true;
	              break;
	            }
	          }
	          continue;
	        }
	        break;
	      }
	    }

	    if (code === CHAR_ASTERISK) {
	      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_QUESTION_MARK) {
	      isGlob = token.isGlob = true;
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }
	      break;
	    }

	    if (code === CHAR_LEFT_SQUARE_BRACKET) {
	      while (eos() !== true && (next = advance())) {
	        if (next === CHAR_BACKWARD_SLASH) {
	          backslashes = token.backslashes = true;
	          advance();
	          continue;
	        }

	        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
	          isBracket = token.isBracket = true;
	          isGlob = token.isGlob = true;
	          finished = true;
	          break;
	        }
	      }

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }

	    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
	      negated = token.negated = true;
	      start++;
	      continue;
	    }

	    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
	      isGlob = token.isGlob = true;

	      if (scanToEnd === true) {
	        let parens = 1;

	        while (eos() !== true && (code = advance())) {
	          if (code === CHAR_BACKWARD_SLASH) {
	            backslashes = token.backslashes = true;
	            advance();
	            continue;
	          }

	          if (code === CHAR_LEFT_PARENTHESES) {
	            parens++;
	            continue;
	          }

	          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
	            finished = true;
	            break;
	          }
	        }
	        continue;
	      }
	      break;
	    }

	    if (isGlob === true) {
	      finished = true;

	      if (scanToEnd === true) {
	        continue;
	      }

	      break;
	    }
	  }

	  if (opts.noext === true) {
	    isExtglob = false;
	    isGlob = false;
	  }

	  let base = str;
	  let prefix = '';
	  let glob = '';

	  if (start > 0) {
	    prefix = str.slice(0, start);
	    str = str.slice(start);
	    lastIndex -= start;
	  }

	  if (base && isGlob === true && lastIndex > 0) {
	    base = str.slice(0, lastIndex);
	    glob = str.slice(lastIndex);
	  } else if (isGlob === true) {
	    base = '';
	    glob = str;
	  } else {
	    base = str;
	  }

	  if (base && base !== '' && base !== '/' && base !== str) {
	    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
	      base = base.slice(0, -1);
	    }
	  }

	  if (opts.unescape === true) {
	    if (glob) glob = utils.removeBackslashes(glob);

	    if (base && backslashes === true) {
	      base = utils.removeBackslashes(base);
	    }
	  }

	  const state = {
	    prefix,
	    input,
	    start,
	    base,
	    glob,
	    isBrace,
	    isBracket,
	    isGlob,
	    isExtglob,
	    isGlobstar,
	    negated,
	    negatedExtglob
	  };

	  if (opts.tokens === true) {
	    state.maxDepth = 0;
	    if (!isPathSeparator(code)) {
	      tokens.push(token);
	    }
	    state.tokens = tokens;
	  }

	  if (opts.parts === true || opts.tokens === true) {
	    let prevIndex;

	    for (let idx = 0; idx < slashes.length; idx++) {
	      const n = prevIndex !== undefined ? prevIndex + 1 : start;
	      const i = slashes[idx];
	      const value = input.slice(n, i);
	      if (opts.tokens) {
	        if (idx === 0 && start !== 0) {
	          tokens[idx].isPrefix = true;
	          tokens[idx].value = prefix;
	        } else {
	          tokens[idx].value = value;
	        }
	        depth(tokens[idx]);
	        state.maxDepth += tokens[idx].depth;
	      }
	      if (i >= start) {
	        parts.push(value);
	        prevIndex = i;
	      }
	    }

	    const n = prevIndex !== undefined ? prevIndex + 1 : start;
	    const value = input.slice(n);
	    parts.push(value);

	    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
	      tokens[tokens.length - 1].value = value;
	      depth(tokens[tokens.length - 1]);
	      state.maxDepth += tokens[tokens.length - 1].depth;
	    }

	    state.slashes = slashes;
	    state.parts = parts;
	  }

	  return state;
	};

	scan_1 = scan;
	return scan_1;
}

var parse_1;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse_1;
	hasRequiredParse = 1;

	const constants = /*@__PURE__*/ requireConstants();
	const utils = /*@__PURE__*/ requireUtils();

	/**
	 * Constants
	 */

	const {
	  MAX_LENGTH,
	  POSIX_REGEX_SOURCE,
	  REGEX_NON_SPECIAL_CHARS,
	  REGEX_SPECIAL_CHARS_BACKREF,
	  REPLACEMENTS
	} = constants;

	/**
	 * Helpers
	 */

	const expandRange = (args, options) => {
	  if (typeof options.expandRange === 'function') {
	    return options.expandRange(...args, options);
	  }

	  args.sort();
	  const value = `[${args.join('-')}]`;

	  try {
	    /* eslint-disable-next-line no-new */
	    new RegExp(value);
	  } catch (ex) {
	    return args.map(v => utils.escapeRegex(v)).join('..');
	  }

	  return value;
	};

	/**
	 * Create the message for a syntax error
	 */

	const syntaxError = (type, char) => {
	  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
	};

	const splitTopLevel = input => {
	  const parts = [];
	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let value = '';
	  let escaped = false;

	  for (const ch of input) {
	    if (escaped === true) {
	      value += ch;
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      value += ch;
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      value += ch;
	      continue;
	    }

	    if (quote === 0) {
	      if (ch === '[') {
	        bracket++;
	      } else if (ch === ']' && bracket > 0) {
	        bracket--;
	      } else if (bracket === 0) {
	        if (ch === '(') {
	          paren++;
	        } else if (ch === ')' && paren > 0) {
	          paren--;
	        } else if (ch === '|' && paren === 0) {
	          parts.push(value);
	          value = '';
	          continue;
	        }
	      }
	    }

	    value += ch;
	  }

	  parts.push(value);
	  return parts;
	};

	const isPlainBranch = branch => {
	  let escaped = false;

	  for (const ch of branch) {
	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (/[?*+@!()[\]{}]/.test(ch)) {
	      return false;
	    }
	  }

	  return true;
	};

	const normalizeSimpleBranch = branch => {
	  let value = branch.trim();
	  let changed = true;

	  while (changed === true) {
	    changed = false;

	    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
	      value = value.slice(2, -1);
	      changed = true;
	    }
	  }

	  if (!isPlainBranch(value)) {
	    return;
	  }

	  return value.replace(/\\(.)/g, '$1');
	};

	const hasRepeatedCharPrefixOverlap = branches => {
	  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

	  for (let i = 0; i < values.length; i++) {
	    for (let j = i + 1; j < values.length; j++) {
	      const a = values[i];
	      const b = values[j];
	      const char = a[0];

	      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
	        continue;
	      }

	      if (a === b || a.startsWith(b) || b.startsWith(a)) {
	        return true;
	      }
	    }
	  }

	  return false;
	};

	const parseRepeatedExtglob = (pattern, requireEnd = true) => {
	  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
	    return;
	  }

	  let bracket = 0;
	  let paren = 0;
	  let quote = 0;
	  let escaped = false;

	  for (let i = 1; i < pattern.length; i++) {
	    const ch = pattern[i];

	    if (escaped === true) {
	      escaped = false;
	      continue;
	    }

	    if (ch === '\\') {
	      escaped = true;
	      continue;
	    }

	    if (ch === '"') {
	      quote = quote === 1 ? 0 : 1;
	      continue;
	    }

	    if (quote === 1) {
	      continue;
	    }

	    if (ch === '[') {
	      bracket++;
	      continue;
	    }

	    if (ch === ']' && bracket > 0) {
	      bracket--;
	      continue;
	    }

	    if (bracket > 0) {
	      continue;
	    }

	    if (ch === '(') {
	      paren++;
	      continue;
	    }

	    if (ch === ')') {
	      paren--;

	      if (paren === 0) {
	        if (requireEnd === true && i !== pattern.length - 1) {
	          return;
	        }

	        return {
	          type: pattern[0],
	          body: pattern.slice(2, i),
	          end: i
	        };
	      }
	    }
	  }
	};

	const buildCharClassStar = chars => {
	  const source = chars.length === 1
	    ? utils.escapeRegex(chars[0])
	    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

	  return `${source}*`;
	};

	const getStarExtglobSequenceChars = pattern => {
	  let index = 0;
	  const chars = [];

	  while (index < pattern.length) {
	    const match = parseRepeatedExtglob(pattern.slice(index), false);

	    if (!match || match.type !== '*') {
	      return;
	    }

	    const branches = splitTopLevel(match.body).map(branch => branch.trim());
	    if (branches.length !== 1) {
	      return;
	    }

	    const branch = normalizeSimpleBranch(branches[0]);
	    if (!branch || branch.length !== 1) {
	      return;
	    }

	    chars.push(branch);
	    index += match.end + 1;
	  }

	  if (chars.length < 1) {
	    return;
	  }

	  return chars;
	};

	const repeatedExtglobRecursion = pattern => {
	  let depth = 0;
	  let value = pattern.trim();
	  let match = parseRepeatedExtglob(value);

	  while (match) {
	    depth++;
	    value = match.body.trim();
	    match = parseRepeatedExtglob(value);
	  }

	  return depth;
	};

	const analyzeRepeatedExtglob = (body, options) => {
	  if (options.maxExtglobRecursion === false) {
	    return { risky: false };
	  }

	  const max =
	    typeof options.maxExtglobRecursion === 'number'
	      ? options.maxExtglobRecursion
	      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

	  const branches = splitTopLevel(body).map(branch => branch.trim());

	  if (branches.length > 1) {
	    if (
	      branches.some(branch => branch === '') ||
	      branches.some(branch => /^[*?]+$/.test(branch)) ||
	      hasRepeatedCharPrefixOverlap(branches)
	    ) {
	      return { risky: true };
	    }
	  }

	  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
	  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
	  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
	  // characters we can emit one flat, ReDoS-safe character class that preserves the
	  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
	  // every branch but the first.
	  const safeChars = [];
	  let sawStarSequence = false;
	  let combinable = true;

	  for (const branch of branches) {
	    const chars = getStarExtglobSequenceChars(branch);
	    if (chars) {
	      sawStarSequence = true;
	      safeChars.push(...chars);
	      continue;
	    }

	    const literal = normalizeSimpleBranch(branch);
	    if (literal && literal.length === 1) {
	      safeChars.push(literal);
	      continue;
	    }

	    combinable = false;

	    if (repeatedExtglobRecursion(branch) > max) {
	      return { risky: true };
	    }
	  }

	  if (sawStarSequence) {
	    return combinable
	      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
	      : { risky: true };
	  }

	  return { risky: false };
	};

	/**
	 * Parse the given input string.
	 * @param {String} input
	 * @param {Object} options
	 * @return {Object}
	 */

	const parse = (input, options) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected a string');
	  }

	  input = REPLACEMENTS[input] || input;

	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

	  let len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
	  const tokens = [bos];

	  const capture = opts.capture ? '' : '?:';

	  // create constants based on platform, for windows or posix
	  const PLATFORM_CHARS = constants.globChars(opts.windows);
	  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

	  const {
	    DOT_LITERAL,
	    PLUS_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOT_SLASH,
	    NO_DOTS_SLASH,
	    QMARK,
	    QMARK_NO_DOT,
	    STAR,
	    START_ANCHOR
	  } = PLATFORM_CHARS;

	  const globstar = opts => {
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const nodot = opts.dot ? '' : NO_DOT;
	  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
	  let star = opts.bash === true ? globstar(opts) : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  // minimatch options support
	  if (typeof opts.noext === 'boolean') {
	    opts.noextglob = opts.noext;
	  }

	  const state = {
	    input,
	    index: -1,
	    start: 0,
	    dot: opts.dot === true,
	    consumed: '',
	    output: '',
	    prefix: '',
	    backtrack: false,
	    negated: false,
	    brackets: 0,
	    braces: 0,
	    parens: 0,
	    quotes: 0,
	    globstar: false,
	    tokens
	  };

	  input = utils.removePrefix(input, state);
	  len = input.length;

	  const extglobs = [];
	  const braces = [];
	  const stack = [];
	  let prev = bos;
	  let value;

	  /**
	   * Tokenizing helpers
	   */

	  const eos = () => state.index === len - 1;
	  const peek = state.peek = (n = 1) => input[state.index + n];
	  const advance = state.advance = () => input[++state.index] || '';
	  const remaining = () => input.slice(state.index + 1);
	  const consume = (value = '', num = 0) => {
	    state.consumed += value;
	    state.index += num;
	  };

	  const append = token => {
	    state.output += token.output != null ? token.output : token.value;
	    consume(token.value);
	  };

	  const negate = () => {
	    let count = 1;

	    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
	      advance();
	      state.start++;
	      count++;
	    }

	    if (count % 2 === 0) {
	      return false;
	    }

	    state.negated = true;
	    state.start++;
	    return true;
	  };

	  const increment = type => {
	    state[type]++;
	    stack.push(type);
	  };

	  const decrement = type => {
	    state[type]--;
	    stack.pop();
	  };

	  /**
	   * Push tokens onto the tokens array. This helper speeds up
	   * tokenizing by 1) helping us avoid backtracking as much as possible,
	   * and 2) helping us avoid creating extra tokens when consecutive
	   * characters are plain text. This improves performance and simplifies
	   * lookbehinds.
	   */

	  const push = tok => {
	    if (prev.type === 'globstar') {
	      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
	      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

	      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
	        state.output = state.output.slice(0, -prev.output.length);
	        prev.type = 'star';
	        prev.value = '*';
	        prev.output = star;
	        state.output += prev.output;
	      }
	    }

	    if (extglobs.length && tok.type !== 'paren') {
	      extglobs[extglobs.length - 1].inner += tok.value;
	    }

	    if (tok.value || tok.output) append(tok);
	    if (prev && prev.type === 'text' && tok.type === 'text') {
	      prev.output = (prev.output || prev.value) + tok.value;
	      prev.value += tok.value;
	      return;
	    }

	    tok.prev = prev;
	    tokens.push(tok);
	    prev = tok;
	  };

	  const extglobOpen = (type, value) => {
	    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

	    token.prev = prev;
	    token.parens = state.parens;
	    token.output = state.output;
	    token.startIndex = state.index;
	    token.tokensIndex = tokens.length;
	    const output = (opts.capture ? '(' : '') + token.open;

	    increment('parens');
	    push({ type, value, output: state.output ? '' : ONE_CHAR });
	    push({ type: 'paren', extglob: true, value: advance(), output });
	    extglobs.push(token);
	  };

	  const extglobClose = token => {
	    const literal = input.slice(token.startIndex, state.index + 1);
	    const body = input.slice(token.startIndex + 2, state.index);
	    const analysis = analyzeRepeatedExtglob(body, opts);

	    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
	      const safeOutput = analysis.safeOutput
	        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
	        : undefined;
	      const open = tokens[token.tokensIndex];

	      open.type = 'text';
	      open.value = literal;
	      open.output = safeOutput || utils.escapeRegex(literal);

	      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
	        tokens[i].value = '';
	        tokens[i].output = '';
	        delete tokens[i].suffix;
	      }

	      state.output = token.output + open.output;
	      state.backtrack = true;

	      push({ type: 'paren', extglob: true, value, output: '' });
	      decrement('parens');
	      return;
	    }

	    let output = token.close + (opts.capture ? ')' : '');
	    let rest;

	    if (token.type === 'negate') {
	      let extglobStar = star;

	      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
	        extglobStar = globstar(opts);
	      }

	      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
	        output = token.close = `)$))${extglobStar}`;
	      }

	      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
	        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
	        // In this case, we need to parse the string and use it in the output of the original pattern.
	        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
	        //
	        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
	        const expression = parse(rest, { ...options, fastpaths: false }).output;

	        output = token.close = `)${expression})${extglobStar})`;
	      }

	      if (token.prev.type === 'bos') {
	        state.negatedExtglob = true;
	      }
	    }

	    push({ type: 'paren', extglob: true, value, output });
	    decrement('parens');
	  };

	  /**
	   * Fast paths
	   */

	  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
	    let backslashes = false;

	    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
	      if (first === '\\') {
	        backslashes = true;
	        return m;
	      }

	      if (first === '?') {
	        if (esc) {
	          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        if (index === 0) {
	          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
	        }
	        return QMARK.repeat(chars.length);
	      }

	      if (first === '.') {
	        return DOT_LITERAL.repeat(chars.length);
	      }

	      if (first === '*') {
	        if (esc) {
	          return esc + first + (rest ? star : '');
	        }
	        return star;
	      }
	      return esc ? m : `\\${m}`;
	    });

	    if (backslashes === true) {
	      if (opts.unescape === true) {
	        output = output.replace(/\\/g, '');
	      } else {
	        output = output.replace(/\\+/g, m => {
	          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
	        });
	      }
	    }

	    if (output === input && opts.contains === true) {
	      state.output = input;
	      return state;
	    }

	    state.output = utils.wrapOutput(output, state, options);
	    return state;
	  }

	  /**
	   * Tokenize input until we reach end-of-string
	   */

	  while (!eos()) {
	    value = advance();

	    if (value === '\u0000') {
	      continue;
	    }

	    /**
	     * Escaped characters
	     */

	    if (value === '\\') {
	      const next = peek();

	      if (next === '/' && opts.bash !== true) {
	        continue;
	      }

	      if (next === '.' || next === ';') {
	        continue;
	      }

	      if (!next) {
	        value += '\\';
	        push({ type: 'text', value });
	        continue;
	      }

	      // collapse slashes to reduce potential for exploits
	      const match = /^\\+/.exec(remaining());
	      let slashes = 0;

	      if (match && match[0].length > 2) {
	        slashes = match[0].length;
	        state.index += slashes;
	        if (slashes % 2 !== 0) {
	          value += '\\';
	        }
	      }

	      if (opts.unescape === true) {
	        value = advance();
	      } else {
	        value += advance();
	      }

	      if (state.brackets === 0) {
	        push({ type: 'text', value });
	        continue;
	      }
	    }

	    /**
	     * If we're inside a regex character class, continue
	     * until we reach the closing bracket.
	     */

	    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
	      if (opts.posix !== false && value === ':') {
	        const inner = prev.value.slice(1);
	        if (inner.includes('[')) {
	          prev.posix = true;

	          if (inner.includes(':')) {
	            const idx = prev.value.lastIndexOf('[');
	            const pre = prev.value.slice(0, idx);
	            const rest = prev.value.slice(idx + 2);
	            const posix = POSIX_REGEX_SOURCE[rest];
	            if (posix) {
	              prev.value = pre + posix;
	              state.backtrack = true;
	              advance();

	              if (!bos.output && tokens.indexOf(prev) === 1) {
	                bos.output = ONE_CHAR;
	              }
	              continue;
	            }
	          }
	        }
	      }

	      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
	        value = `\\${value}`;
	      }

	      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
	        value = `\\${value}`;
	      }

	      if (opts.posix === true && value === '!' && prev.value === '[') {
	        value = '^';
	      }

	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * If we're inside a quoted string, continue
	     * until we reach the closing double quote.
	     */

	    if (state.quotes === 1 && value !== '"') {
	      value = utils.escapeRegex(value);
	      prev.value += value;
	      append({ value });
	      continue;
	    }

	    /**
	     * Double quotes
	     */

	    if (value === '"') {
	      state.quotes = state.quotes === 1 ? 0 : 1;
	      if (opts.keepQuotes === true) {
	        push({ type: 'text', value });
	      }
	      continue;
	    }

	    /**
	     * Parentheses
	     */

	    if (value === '(') {
	      increment('parens');
	      push({ type: 'paren', value });
	      continue;
	    }

	    if (value === ')') {
	      if (state.parens === 0 && opts.strictBrackets === true) {
	        throw new SyntaxError(syntaxError('opening', '('));
	      }

	      const extglob = extglobs[extglobs.length - 1];
	      if (extglob && state.parens === extglob.parens + 1) {
	        extglobClose(extglobs.pop());
	        continue;
	      }

	      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
	      decrement('parens');
	      continue;
	    }

	    /**
	     * Square brackets
	     */

	    if (value === '[') {
	      if (opts.nobracket === true || !remaining().includes(']')) {
	        if (opts.nobracket !== true && opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('closing', ']'));
	        }

	        value = `\\${value}`;
	      } else {
	        increment('brackets');
	      }

	      push({ type: 'bracket', value });
	      continue;
	    }

	    if (value === ']') {
	      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      if (state.brackets === 0) {
	        if (opts.strictBrackets === true) {
	          throw new SyntaxError(syntaxError('opening', '['));
	        }

	        push({ type: 'text', value, output: `\\${value}` });
	        continue;
	      }

	      decrement('brackets');

	      const prevValue = prev.value.slice(1);
	      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
	        value = `/${value}`;
	      }

	      prev.value += value;
	      append({ value });

	      // when literal brackets are explicitly disabled
	      // assume we should match with a regex character class
	      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
	        continue;
	      }

	      const escaped = utils.escapeRegex(prev.value);
	      state.output = state.output.slice(0, -prev.value.length);

	      // when literal brackets are explicitly enabled
	      // assume we should escape the brackets to match literal characters
	      if (opts.literalBrackets === true) {
	        state.output += escaped;
	        prev.value = escaped;
	        continue;
	      }

	      // when the user specifies nothing, try to match both
	      prev.value = `(${capture}${escaped}|${prev.value})`;
	      state.output += prev.value;
	      continue;
	    }

	    /**
	     * Braces
	     */

	    if (value === '{' && opts.nobrace !== true) {
	      increment('braces');

	      const open = {
	        type: 'brace',
	        value,
	        output: '(',
	        outputIndex: state.output.length,
	        tokensIndex: state.tokens.length
	      };

	      braces.push(open);
	      push(open);
	      continue;
	    }

	    if (value === '}') {
	      const brace = braces[braces.length - 1];

	      if (opts.nobrace === true || !brace) {
	        push({ type: 'text', value, output: value });
	        continue;
	      }

	      let output = ')';

	      if (brace.dots === true) {
	        const arr = tokens.slice();
	        const range = [];

	        for (let i = arr.length - 1; i >= 0; i--) {
	          tokens.pop();
	          if (arr[i].type === 'brace') {
	            break;
	          }
	          if (arr[i].type !== 'dots') {
	            range.unshift(arr[i].value);
	          }
	        }

	        output = expandRange(range, opts);
	        state.backtrack = true;
	      }

	      if (brace.comma !== true && brace.dots !== true) {
	        const out = state.output.slice(0, brace.outputIndex);
	        const toks = state.tokens.slice(brace.tokensIndex);
	        brace.value = brace.output = '\\{';
	        value = output = '\\}';
	        state.output = out;
	        for (const t of toks) {
	          state.output += (t.output || t.value);
	        }
	      }

	      push({ type: 'brace', value, output });
	      decrement('braces');
	      braces.pop();
	      continue;
	    }

	    /**
	     * Pipes
	     */

	    if (value === '|') {
	      if (extglobs.length > 0) {
	        extglobs[extglobs.length - 1].conditions++;
	      }
	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Commas
	     */

	    if (value === ',') {
	      let output = value;

	      const brace = braces[braces.length - 1];
	      if (brace && stack[stack.length - 1] === 'braces') {
	        brace.comma = true;
	        output = '|';
	      }

	      push({ type: 'comma', value, output });
	      continue;
	    }

	    /**
	     * Slashes
	     */

	    if (value === '/') {
	      // if the beginning of the glob is "./", advance the start
	      // to the current index, and don't add the "./" characters
	      // to the state. This greatly simplifies lookbehinds when
	      // checking for BOS characters like "!" and "." (not "./")
	      if (prev.type === 'dot' && state.index === state.start + 1) {
	        state.start = state.index + 1;
	        state.consumed = '';
	        state.output = '';
	        tokens.pop();
	        prev = bos; // reset "prev" to the first token
	        continue;
	      }

	      push({ type: 'slash', value, output: SLASH_LITERAL });
	      continue;
	    }

	    /**
	     * Dots
	     */

	    if (value === '.') {
	      if (state.braces > 0 && prev.type === 'dot') {
	        if (prev.value === '.') prev.output = DOT_LITERAL;
	        const brace = braces[braces.length - 1];
	        prev.type = 'dots';
	        prev.output += value;
	        prev.value += value;
	        brace.dots = true;
	        continue;
	      }

	      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
	        push({ type: 'text', value, output: DOT_LITERAL });
	        continue;
	      }

	      push({ type: 'dot', value, output: DOT_LITERAL });
	      continue;
	    }

	    /**
	     * Question marks
	     */

	    if (value === '?') {
	      const isGroup = prev && prev.value === '(';
	      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('qmark', value);
	        continue;
	      }

	      if (prev && prev.type === 'paren') {
	        const next = peek();
	        let output = value;

	        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
	          output = `\\${value}`;
	        }

	        push({ type: 'text', value, output });
	        continue;
	      }

	      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
	        push({ type: 'qmark', value, output: QMARK_NO_DOT });
	        continue;
	      }

	      push({ type: 'qmark', value, output: QMARK });
	      continue;
	    }

	    /**
	     * Exclamation
	     */

	    if (value === '!') {
	      if (opts.noextglob !== true && peek() === '(') {
	        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
	          extglobOpen('negate', value);
	          continue;
	        }
	      }

	      if (opts.nonegate !== true && state.index === 0) {
	        negate();
	        continue;
	      }
	    }

	    /**
	     * Plus
	     */

	    if (value === '+') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        extglobOpen('plus', value);
	        continue;
	      }

	      if ((prev && prev.value === '(') || opts.regex === false) {
	        push({ type: 'plus', value, output: PLUS_LITERAL });
	        continue;
	      }

	      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
	        push({ type: 'plus', value });
	        continue;
	      }

	      push({ type: 'plus', value: PLUS_LITERAL });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value === '@') {
	      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
	        push({ type: 'at', extglob: true, value, output: '' });
	        continue;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Plain text
	     */

	    if (value !== '*') {
	      if (value === '$' || value === '^') {
	        value = `\\${value}`;
	      }

	      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
	      if (match) {
	        value += match[0];
	        state.index += match[0].length;
	      }

	      push({ type: 'text', value });
	      continue;
	    }

	    /**
	     * Stars
	     */

	    if (prev && (prev.type === 'globstar' || prev.star === true)) {
	      prev.type = 'star';
	      prev.star = true;
	      prev.value += value;
	      prev.output = star;
	      state.backtrack = true;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    let rest = remaining();
	    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
	      extglobOpen('star', value);
	      continue;
	    }

	    if (prev.type === 'star') {
	      if (opts.noglobstar === true) {
	        consume(value);
	        continue;
	      }

	      const prior = prev.prev;
	      const before = prior.prev;
	      const isStart = prior.type === 'slash' || prior.type === 'bos';
	      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

	      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
	      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
	      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
	        push({ type: 'star', value, output: '' });
	        continue;
	      }

	      // strip consecutive `/**/`
	      while (rest.slice(0, 3) === '/**') {
	        const after = input[state.index + 4];
	        if (after && after !== '/') {
	          break;
	        }
	        rest = rest.slice(3);
	        consume('/**', 3);
	      }

	      // A globstar followed only by balanced closing parens is at the logical end of patterns like
	      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
	      // parent path, except in negated extglobs where that would change the exclusion semantics.
	      const isEnd = eos() || (
	        state.parens > 0
	        && rest === ')'.repeat(state.parens)
	        && !extglobs.some(extglob => extglob.type === 'negate')
	      );

	      if (prior.type === 'bos' && eos()) {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = globstar(opts);
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
	        prev.value += value;
	        state.globstar = true;
	        state.output += prior.output + prev.output;
	        consume(value);
	        continue;
	      }

	      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
	        const end = rest[1] !== void 0 ? '|$' : '';

	        state.output = state.output.slice(0, -(prior.output + prev.output).length);
	        prior.output = `(?:${prior.output}`;

	        prev.type = 'globstar';
	        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
	        prev.value += value;

	        state.output += prior.output + prev.output;
	        state.globstar = true;

	        consume(value + advance());

	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      if (prior.type === 'bos' && rest[0] === '/') {
	        prev.type = 'globstar';
	        prev.value += value;
	        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
	        state.output = prev.output;
	        state.globstar = true;
	        consume(value + advance());
	        push({ type: 'slash', value: '/', output: '' });
	        continue;
	      }

	      // remove single star from output
	      state.output = state.output.slice(0, -prev.output.length);

	      // reset previous token to globstar
	      prev.type = 'globstar';
	      prev.output = globstar(opts);
	      prev.value += value;

	      // reset output with globstar
	      state.output += prev.output;
	      state.globstar = true;
	      consume(value);
	      continue;
	    }

	    const token = { type: 'star', value, output: star };

	    if (opts.bash === true) {
	      token.output = '.*?';
	      if (prev.type === 'bos' || prev.type === 'slash') {
	        token.output = nodot + token.output;
	      }
	      push(token);
	      continue;
	    }

	    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
	      token.output = value;
	      push(token);
	      continue;
	    }

	    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
	      if (prev.type === 'dot') {
	        state.output += NO_DOT_SLASH;
	        prev.output += NO_DOT_SLASH;

	      } else if (opts.dot === true) {
	        state.output += NO_DOTS_SLASH;
	        prev.output += NO_DOTS_SLASH;

	      } else {
	        state.output += nodot;
	        prev.output += nodot;
	      }

	      if (peek() !== '*') {
	        state.output += ONE_CHAR;
	        prev.output += ONE_CHAR;
	      }
	    }

	    push(token);
	  }

	  while (state.brackets > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
	    state.output = utils.escapeLast(state.output, '[');
	    decrement('brackets');
	  }

	  while (state.parens > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
	    state.output = utils.escapeLast(state.output, '(');
	    decrement('parens');
	  }

	  while (state.braces > 0) {
	    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
	    state.output = utils.escapeLast(state.output, '{');
	    decrement('braces');
	  }

	  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
	    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
	  }

	  // rebuild the output if we had to backtrack at any point
	  if (state.backtrack === true) {
	    state.output = '';

	    for (const token of state.tokens) {
	      state.output += token.output != null ? token.output : token.value;

	      if (token.suffix) {
	        state.output += token.suffix;
	      }
	    }
	  }

	  return state;
	};

	/**
	 * Fast paths for creating regular expressions for common glob patterns.
	 * This can significantly speed up processing and has very little downside
	 * impact when none of the fast paths match.
	 */

	parse.fastpaths = (input, options) => {
	  const opts = { ...options };
	  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
	  const len = input.length;
	  if (len > max) {
	    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
	  }

	  input = REPLACEMENTS[input] || input;

	  // create constants based on platform, for windows or posix
	  const {
	    DOT_LITERAL,
	    SLASH_LITERAL,
	    ONE_CHAR,
	    DOTS_SLASH,
	    NO_DOT,
	    NO_DOTS,
	    NO_DOTS_SLASH,
	    STAR,
	    START_ANCHOR
	  } = constants.globChars(opts.windows);

	  const nodot = opts.dot ? NO_DOTS : NO_DOT;
	  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
	  const capture = opts.capture ? '' : '?:';
	  const state = { negated: false, prefix: '' };
	  let star = opts.bash === true ? '.*?' : STAR;

	  if (opts.capture) {
	    star = `(${star})`;
	  }

	  const globstar = opts => {
	    if (opts.noglobstar === true) return star;
	    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
	  };

	  const create = str => {
	    switch (str) {
	      case '*':
	        return `${nodot}${ONE_CHAR}${star}`;

	      case '.*':
	        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*.*':
	        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '*/*':
	        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

	      case '**':
	        return nodot + globstar(opts);

	      case '**/*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

	      case '**/*.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

	      case '**/.*':
	        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

	      default: {
	        const match = /^(.*?)\.(\w+)$/.exec(str);
	        if (!match) return;

	        const source = create(match[1]);
	        if (!source) return;

	        return source + DOT_LITERAL + match[2];
	      }
	    }
	  };

	  const output = utils.removePrefix(input, state);
	  let source = create(output);

	  if (source && opts.strictSlashes !== true) {
	    source += `${SLASH_LITERAL}?`;
	  }

	  return source;
	};

	parse_1 = parse;
	return parse_1;
}

var picomatch_1$1;
var hasRequiredPicomatch$1;

function requirePicomatch$1 () {
	if (hasRequiredPicomatch$1) return picomatch_1$1;
	hasRequiredPicomatch$1 = 1;

	const scan = /*@__PURE__*/ requireScan();
	const parse = /*@__PURE__*/ requireParse();
	const utils = /*@__PURE__*/ requireUtils();
	const constants = /*@__PURE__*/ requireConstants();
	const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

	/**
	 * Creates a matcher function from one or more glob patterns. The
	 * returned function takes a string to match as its first argument,
	 * and returns true if the string is a match. The returned matcher
	 * function also takes a boolean as the second argument that, when true,
	 * returns an object with additional information.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch(glob[, options]);
	 *
	 * const isMatch = picomatch('*.!(*a)');
	 * console.log(isMatch('a.a')); //=> false
	 * console.log(isMatch('a.b')); //=> true
	 *
	 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
	 * const picomatch = require('picomatch/posix');
	 * // the same API, defaulting to posix paths
	 * const isMatch = picomatch('a/*');
	 * console.log(isMatch('a\\b')); //=> false
	 * console.log(isMatch('a/b')); //=> true
	 *
	 * // you can still configure the matcher function to accept windows paths
	 * const isMatch = picomatch('a/*', { options: windows });
	 * console.log(isMatch('a\\b')); //=> true
	 * console.log(isMatch('a/b')); //=> true
	 * ```
	 * @name picomatch
	 * @param {String|Array} `globs` One or more glob patterns.
	 * @param {Object=} `options`
	 * @return {Function=} Returns a matcher function.
	 * @api public
	 */

	const picomatch = (glob, options, returnState = false) => {
	  if (Array.isArray(glob)) {
	    const fns = glob.map(input => picomatch(input, options, returnState));
	    const arrayMatcher = str => {
	      for (const isMatch of fns) {
	        const state = isMatch(str);
	        if (state) return state;
	      }
	      return false;
	    };
	    return arrayMatcher;
	  }

	  const isState = isObject(glob) && glob.tokens && glob.input;

	  if (glob === '' || (typeof glob !== 'string' && !isState)) {
	    throw new TypeError('Expected pattern to be a non-empty string');
	  }

	  const opts = options || {};
	  const posix = opts.windows;
	  const regex = isState
	    ? picomatch.compileRe(glob, options)
	    : picomatch.makeRe(glob, options, false, true);

	  const state = regex.state;
	  delete regex.state;

	  let isIgnored = () => false;
	  if (opts.ignore) {
	    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
	    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
	  }

	  const matcher = (input, returnObject = false) => {
	    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
	    const result = { glob, state, regex, posix, input, output, match, isMatch };

	    if (typeof opts.onResult === 'function') {
	      opts.onResult(result);
	    }

	    if (isMatch === false) {
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (isIgnored(input)) {
	      if (typeof opts.onIgnore === 'function') {
	        opts.onIgnore(result);
	      }
	      result.isMatch = false;
	      return returnObject ? result : false;
	    }

	    if (typeof opts.onMatch === 'function') {
	      opts.onMatch(result);
	    }
	    return returnObject ? result : true;
	  };

	  if (returnState) {
	    matcher.state = state;
	  }

	  return matcher;
	};

	/**
	 * Test `input` with the given `regex`. This is used by the main
	 * `picomatch()` function to test the input string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.test(input, regex[, options]);
	 *
	 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
	 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp} `regex`
	 * @return {Object} Returns an object with matching info.
	 * @api public
	 */

	picomatch.test = (input, regex, options, { glob, posix } = {}) => {
	  if (typeof input !== 'string') {
	    throw new TypeError('Expected input to be a string');
	  }

	  if (input === '') {
	    return { isMatch: false, output: '' };
	  }

	  const opts = options || {};
	  const format = opts.format || (posix ? utils.toPosixSlashes : null);
	  let match = input === glob;
	  let output = (match && format) ? format(input) : input;

	  if (match === false) {
	    output = format ? format(input) : input;
	    match = output === glob;
	  }

	  if (match === false || opts.capture === true) {
	    if (opts.matchBase === true || opts.basename === true) {
	      match = picomatch.matchBase(input, regex, options, posix);
	    } else {
	      match = regex.exec(output);
	    }
	  }

	  return { isMatch: Boolean(match), match, output };
	};

	/**
	 * Match the basename of a filepath.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.matchBase(input, glob[, options]);
	 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
	 * ```
	 * @param {String} `input` String to test.
	 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
	 * @return {Boolean}
	 * @api public
	 */

	picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
	  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
	  return regex.test(utils.basename(input, { windows: posix }));
	};

	/**
	 * Returns true if **any** of the given glob `patterns` match the specified `string`.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.isMatch(string, patterns[, options]);
	 *
	 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
	 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
	 * ```
	 * @param {String|Array} str The string to test.
	 * @param {String|Array} patterns One or more glob patterns to use for matching.
	 * @param {Object} [options] See available [options](#options).
	 * @return {Boolean} Returns true if any patterns match `str`
	 * @api public
	 */

	picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

	/**
	 * Parse a glob pattern to create the source string for a regular
	 * expression.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const result = picomatch.parse(pattern[, options]);
	 * ```
	 * @param {String} `pattern`
	 * @param {Object} `options`
	 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
	 * @api public
	 */

	picomatch.parse = (pattern, options) => {
	  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
	  return parse(pattern, { ...options, fastpaths: false });
	};

	/**
	 * Scan a glob pattern to separate the pattern into segments.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.scan(input[, options]);
	 *
	 * const result = picomatch.scan('!./foo/*.js');
	 * console.log(result);
	 * { prefix: '!./',
	 *   input: '!./foo/*.js',
	 *   start: 3,
	 *   base: 'foo',
	 *   glob: '*.js',
	 *   isBrace: false,
	 *   isBracket: false,
	 *   isGlob: true,
	 *   isExtglob: false,
	 *   isGlobstar: false,
	 *   negated: true }
	 * ```
	 * @param {String} `input` Glob pattern to scan.
	 * @param {Object} `options`
	 * @return {Object} Returns an object with
	 * @api public
	 */

	picomatch.scan = (input, options) => scan(input, options);

	/**
	 * Compile a regular expression from the `state` object returned by the
	 * [parse()](#parse) method.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * const state = picomatch.parse('*.js');
	 * // picomatch.compileRe(state[, options]);
	 *
	 * console.log(picomatch.compileRe(state));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {Object} `state`
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
	 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
	  if (returnOutput === true) {
	    return state.output;
	  }

	  const opts = options || {};
	  const prepend = opts.contains ? '' : '^';
	  const append = opts.contains ? '' : '$';

	  let source = `${prepend}(?:${state.output})${append}`;
	  if (state && state.negated === true) {
	    source = `^(?!${source}).*$`;
	  }

	  const regex = picomatch.toRegex(source, options);
	  if (returnState === true) {
	    regex.state = state;
	  }

	  return regex;
	};

	/**
	 * Create a regular expression from a parsed glob pattern.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.makeRe(state[, options]);
	 *
	 * const result = picomatch.makeRe('*.js');
	 * console.log(result);
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `state` The object returned from the `.parse` method.
	 * @param {Object} `options`
	 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
	 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
	 * @return {RegExp} Returns a regex created from the given pattern.
	 * @api public
	 */

	picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
	  if (!input || typeof input !== 'string') {
	    throw new TypeError('Expected a non-empty string');
	  }

	  let parsed = { negated: false, fastpaths: true };

	  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
	    parsed.output = parse.fastpaths(input, options);
	  }

	  if (!parsed.output) {
	    parsed = parse(input, options);
	  }

	  return picomatch.compileRe(parsed, options, returnOutput, returnState);
	};

	/**
	 * Create a regular expression from the given regex source string.
	 *
	 * ```js
	 * const picomatch = require('picomatch');
	 * // picomatch.toRegex(source[, options]);
	 *
	 * const { output } = picomatch.parse('*.js');
	 * console.log(picomatch.toRegex(output));
	 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
	 * ```
	 * @param {String} `source` Regular expression source string.
	 * @param {Object} `options`
	 * @return {RegExp}
	 * @api public
	 */

	picomatch.toRegex = (source, options) => {
	  try {
	    const opts = options || {};
	    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
	  } catch (err) {
	    if (options && options.debug === true) throw err;
	    return /$^/;
	  }
	};

	/**
	 * Picomatch constants.
	 * @return {Object}
	 */

	picomatch.constants = constants;

	/**
	 * Expose "picomatch"
	 */

	picomatch_1$1 = picomatch;
	return picomatch_1$1;
}

var picomatch_1;
var hasRequiredPicomatch;

function requirePicomatch () {
	if (hasRequiredPicomatch) return picomatch_1;
	hasRequiredPicomatch = 1;

	const pico = /*@__PURE__*/ requirePicomatch$1();
	const utils = /*@__PURE__*/ requireUtils();

	function picomatch(glob, options, returnState = false) {
	  // default to os.platform()
	  if (options && (options.windows === null || options.windows === undefined)) {
	    // don't mutate the original options object
	    options = { ...options, windows: utils.isWindows() };
	  }

	  return pico(glob, options, returnState);
	}

	Object.assign(picomatch, pico);
	picomatch_1 = picomatch;
	return picomatch_1;
}

var picomatchExports = /*@__PURE__*/ requirePicomatch();
var picomatch = /*@__PURE__*/getDefaultExportFromCjs(picomatchExports);

//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => posix.relative(cwd, p) || ".";
	return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || readdir,
		readdirSync: opts.fs.readdirSync || readdirSync,
		realpath: opts.fs.realpath || realpath,
		realpathSync: opts.fs.realpathSync || realpathSync,
		stat: opts.fs.stat || stat,
		statSync: opts.fs.statSync || statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}

/**
 * Turns what the user named (files, folders, globs) into report paths, in the
 * order given. Folders are searched for files that may be reports; which of
 * them really are is decided later by content.
 */
/** File names searched for inside a folder (content decides the format). */
const REPORT_FILE_PATTERNS = [
    '**/*.xml',
    '**/*.trx',
    '**/*.json',
    '**/*.jsonl',
    '**/*.ndjson',
    '**/*.tap'
];
/** Never searched: dependencies, VCS data, virtualenvs. */
const IGNORED_DIRS = [
    '**/node_modules/**',
    '**/.git/**',
    '**/.venv/**',
    '**/venv/**',
    '**/__pycache__/**'
];
async function collectFiles(inputs, cwd = process.cwd()) {
    const files = [];
    const missing = [];
    const seen = new Set();
    const add = (paths) => {
        for (const path of paths.sort()) {
            const absolute = resolve$1(cwd, path);
            if (seen.has(absolute))
                continue;
            seen.add(absolute);
            files.push(path);
        }
    };
    for (const input of inputs) {
        if (isDynamicPattern(input)) {
            const matches = await glob(input, {
                cwd,
                ignore: IGNORED_DIRS,
                onlyFiles: true,
                dot: false,
                expandDirectories: false
            });
            if (matches.length === 0)
                missing.push(`${input}: no file matches`);
            add(matches);
            continue;
        }
        const info = await stat$1(resolve$1(cwd, input)).catch(() => null);
        if (info === null) {
            missing.push(`${input}: no such file or folder`);
        }
        else if (info.isDirectory()) {
            const matches = await glob(REPORT_FILE_PATTERNS, {
                cwd: resolve$1(cwd, input),
                ignore: IGNORED_DIRS,
                onlyFiles: true
            });
            if (matches.length === 0)
                missing.push(`${input}: no report files in folder`);
            add(matches.map((m) => joinPath(input, m)));
        }
        else {
            add([input]);
        }
    }
    return { files, missing };
}
function joinPath(dir, file) {
    return dir.endsWith('/') ? `${dir}${file}` : `${dir}/${file}`;
}

/** A report refused for a reason the user should read (one line). */
class ReportError extends Error {
}
/** Collapses whitespace and caps length so a reason fits on one line. */
function oneLine(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

function parseJsonReport(_text) {
    throw new ReportError('JSON reports are not read yet');
}

const junitReader = () => null;

const nunitReader = () => null;

const trxReader = () => null;

const xunitReader = () => null;

var saxes = {};

var ed5 = {};

var hasRequiredEd5;

function requireEd5 () {
	if (hasRequiredEd5) return ed5;
	hasRequiredEd5 = 1;
	(function (exports) {
		/**
		 * Character classes and associated utilities for the 5th edition of XML 1.0.
		 *
		 * @author Louis-Dominique Dubeau
		 * @license MIT
		 * @copyright Louis-Dominique Dubeau
		 */
		Object.defineProperty(exports, "__esModule", { value: true });
		//
		// Fragments.
		//
		exports.CHAR = "\t\n\r -\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
		exports.S = " \t\r\n";
		// tslint:disable-next-line:max-line-length
		exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
		exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
		//
		// Regular expressions.
		//
		exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
		exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
		exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
		exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
		exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
		exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
		var TAB = 9;
		var NL = 0xA;
		var CR = 0xD;
		var SPACE = 0x20;
		//
		// Lists.
		//
		/** All characters in the ``S`` production. */
		exports.S_LIST = [SPACE, NL, CR, TAB];
		/**
		 * Determines whether a codepoint matches the ``CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``CHAR``.
		 */
		function isChar(c) {
		    return (c >= SPACE && c <= 0xD7FF) ||
		        c === NL || c === CR || c === TAB ||
		        (c >= 0xE000 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0x10FFFF);
		}
		exports.isChar = isChar;
		/**
		 * Determines whether a codepoint matches the ``S`` (space) production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``S``.
		 */
		function isS(c) {
		    return c === SPACE || c === NL || c === CR || c === TAB;
		}
		exports.isS = isS;
		/**
		 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
		 */
		function isNameStartChar(c) {
		    return ((c >= 0x41 && c <= 0x5A) ||
		        (c >= 0x61 && c <= 0x7A) ||
		        c === 0x3A ||
		        c === 0x5F ||
		        c === 0x200C ||
		        c === 0x200D ||
		        (c >= 0xC0 && c <= 0xD6) ||
		        (c >= 0xD8 && c <= 0xF6) ||
		        (c >= 0x00F8 && c <= 0x02FF) ||
		        (c >= 0x0370 && c <= 0x037D) ||
		        (c >= 0x037F && c <= 0x1FFF) ||
		        (c >= 0x2070 && c <= 0x218F) ||
		        (c >= 0x2C00 && c <= 0x2FEF) ||
		        (c >= 0x3001 && c <= 0xD7FF) ||
		        (c >= 0xF900 && c <= 0xFDCF) ||
		        (c >= 0xFDF0 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0xEFFFF));
		}
		exports.isNameStartChar = isNameStartChar;
		/**
		 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
		 */
		function isNameChar(c) {
		    return isNameStartChar(c) ||
		        (c >= 0x30 && c <= 0x39) ||
		        c === 0x2D ||
		        c === 0x2E ||
		        c === 0xB7 ||
		        (c >= 0x0300 && c <= 0x036F) ||
		        (c >= 0x203F && c <= 0x2040);
		}
		exports.isNameChar = isNameChar;
		
	} (ed5));
	return ed5;
}

var ed2 = {};

var hasRequiredEd2;

function requireEd2 () {
	if (hasRequiredEd2) return ed2;
	hasRequiredEd2 = 1;
	(function (exports) {
		/**
		 * Character classes and associated utilities for the 2nd edition of XML 1.1.
		 *
		 * @author Louis-Dominique Dubeau
		 * @license MIT
		 * @copyright Louis-Dominique Dubeau
		 */
		Object.defineProperty(exports, "__esModule", { value: true });
		//
		// Fragments.
		//
		exports.CHAR = "\u0001-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
		exports.RESTRICTED_CHAR = "\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F";
		exports.S = " \t\r\n";
		// tslint:disable-next-line:max-line-length
		exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
		exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
		//
		// Regular expressions.
		//
		exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
		exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
		exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
		exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
		exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
		exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
		exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
		var TAB = 9;
		var NL = 0xA;
		var CR = 0xD;
		var SPACE = 0x20;
		//
		// Lists.
		//
		/** All characters in the ``S`` production. */
		exports.S_LIST = [SPACE, NL, CR, TAB];
		/**
		 * Determines whether a codepoint matches the ``CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``CHAR``.
		 */
		function isChar(c) {
		    return (c >= 0x0001 && c <= 0xD7FF) ||
		        (c >= 0xE000 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0x10FFFF);
		}
		exports.isChar = isChar;
		/**
		 * Determines whether a codepoint matches the ``RESTRICTED_CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``RESTRICTED_CHAR``.
		 */
		function isRestrictedChar(c) {
		    return (c >= 0x1 && c <= 0x8) ||
		        c === 0xB ||
		        c === 0xC ||
		        (c >= 0xE && c <= 0x1F) ||
		        (c >= 0x7F && c <= 0x84) ||
		        (c >= 0x86 && c <= 0x9F);
		}
		exports.isRestrictedChar = isRestrictedChar;
		/**
		 * Determines whether a codepoint matches the ``CHAR`` production and does not
		 * match the ``RESTRICTED_CHAR`` production. ``isCharAndNotRestricted(x)`` is
		 * equivalent to ``isChar(x) && !isRestrictedChar(x)``. This function is faster
		 * than running the two-call equivalent.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``CHAR`` and does not match
		 * ``RESTRICTED_CHAR``.
		 */
		function isCharAndNotRestricted(c) {
		    return (c === 0x9) ||
		        (c === 0xA) ||
		        (c === 0xD) ||
		        (c > 0x1F && c < 0x7F) ||
		        (c === 0x85) ||
		        (c > 0x9F && c <= 0xD7FF) ||
		        (c >= 0xE000 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0x10FFFF);
		}
		exports.isCharAndNotRestricted = isCharAndNotRestricted;
		/**
		 * Determines whether a codepoint matches the ``S`` (space) production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``S``.
		 */
		function isS(c) {
		    return c === SPACE || c === NL || c === CR || c === TAB;
		}
		exports.isS = isS;
		/**
		 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
		 */
		// tslint:disable-next-line:cyclomatic-complexity
		function isNameStartChar(c) {
		    return ((c >= 0x41 && c <= 0x5A) ||
		        (c >= 0x61 && c <= 0x7A) ||
		        c === 0x3A ||
		        c === 0x5F ||
		        c === 0x200C ||
		        c === 0x200D ||
		        (c >= 0xC0 && c <= 0xD6) ||
		        (c >= 0xD8 && c <= 0xF6) ||
		        (c >= 0x00F8 && c <= 0x02FF) ||
		        (c >= 0x0370 && c <= 0x037D) ||
		        (c >= 0x037F && c <= 0x1FFF) ||
		        (c >= 0x2070 && c <= 0x218F) ||
		        (c >= 0x2C00 && c <= 0x2FEF) ||
		        (c >= 0x3001 && c <= 0xD7FF) ||
		        (c >= 0xF900 && c <= 0xFDCF) ||
		        (c >= 0xFDF0 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0xEFFFF));
		}
		exports.isNameStartChar = isNameStartChar;
		/**
		 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
		 */
		function isNameChar(c) {
		    return isNameStartChar(c) ||
		        (c >= 0x30 && c <= 0x39) ||
		        c === 0x2D ||
		        c === 0x2E ||
		        c === 0xB7 ||
		        (c >= 0x0300 && c <= 0x036F) ||
		        (c >= 0x203F && c <= 0x2040);
		}
		exports.isNameChar = isNameChar;
		
	} (ed2));
	return ed2;
}

var ed3 = {};

var hasRequiredEd3;

function requireEd3 () {
	if (hasRequiredEd3) return ed3;
	hasRequiredEd3 = 1;
	(function (exports) {
		/**
		 * Character class utilities for XML NS 1.0 edition 3.
		 *
		 * @author Louis-Dominique Dubeau
		 * @license MIT
		 * @copyright Louis-Dominique Dubeau
		 */
		Object.defineProperty(exports, "__esModule", { value: true });
		//
		// Fragments.
		//
		// tslint:disable-next-line:max-line-length
		exports.NC_NAME_START_CHAR = "A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
		exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
		//
		// Regular expressions.
		//
		exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
		exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
		exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
		/**
		 * Determines whether a codepoint matches [[NC_NAME_START_CHAR]].
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches.
		 */
		// tslint:disable-next-line:cyclomatic-complexity
		function isNCNameStartChar(c) {
		    return ((c >= 0x41 && c <= 0x5A) ||
		        c === 0x5F ||
		        (c >= 0x61 && c <= 0x7A) ||
		        (c >= 0xC0 && c <= 0xD6) ||
		        (c >= 0xD8 && c <= 0xF6) ||
		        (c >= 0x00F8 && c <= 0x02FF) ||
		        (c >= 0x0370 && c <= 0x037D) ||
		        (c >= 0x037F && c <= 0x1FFF) ||
		        (c >= 0x200C && c <= 0x200D) ||
		        (c >= 0x2070 && c <= 0x218F) ||
		        (c >= 0x2C00 && c <= 0x2FEF) ||
		        (c >= 0x3001 && c <= 0xD7FF) ||
		        (c >= 0xF900 && c <= 0xFDCF) ||
		        (c >= 0xFDF0 && c <= 0xFFFD) ||
		        (c >= 0x10000 && c <= 0xEFFFF));
		}
		exports.isNCNameStartChar = isNCNameStartChar;
		/**
		 * Determines whether a codepoint matches [[NC_NAME_CHAR]].
		 *
		 * @param c The code point.
		 *
		 * @returns ``true`` if the codepoint matches.
		 */
		function isNCNameChar(c) {
		    return isNCNameStartChar(c) ||
		        (c === 0x2D ||
		            c === 0x2E ||
		            (c >= 0x30 && c <= 0x39) ||
		            c === 0x00B7 ||
		            (c >= 0x0300 && c <= 0x036F) ||
		            (c >= 0x203F && c <= 0x2040));
		}
		exports.isNCNameChar = isNCNameChar;
		
	} (ed3));
	return ed3;
}

var hasRequiredSaxes;

function requireSaxes () {
	if (hasRequiredSaxes) return saxes;
	hasRequiredSaxes = 1;
	Object.defineProperty(saxes, "__esModule", { value: true });
	saxes.SaxesParser = saxes.EVENTS = void 0;
	const ed5 = requireEd5();
	const ed2 = requireEd2();
	const NSed3 = requireEd3();
	var isS = ed5.isS;
	var isChar10 = ed5.isChar;
	var isNameStartChar = ed5.isNameStartChar;
	var isNameChar = ed5.isNameChar;
	var S_LIST = ed5.S_LIST;
	var NAME_RE = ed5.NAME_RE;
	var isChar11 = ed2.isChar;
	var isNCNameStartChar = NSed3.isNCNameStartChar;
	var isNCNameChar = NSed3.isNCNameChar;
	var NC_NAME_RE = NSed3.NC_NAME_RE;
	const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
	const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
	const rootNS = {
	    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
	    __proto__: null,
	    xml: XML_NAMESPACE,
	    xmlns: XMLNS_NAMESPACE,
	};
	const XML_ENTITIES = {
	    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
	    __proto__: null,
	    amp: "&",
	    gt: ">",
	    lt: "<",
	    quot: "\"",
	    apos: "'",
	};
	// EOC: end-of-chunk
	const EOC = -1;
	const NL_LIKE = -2;
	const S_BEGIN = 0; // Initial state.
	const S_BEGIN_WHITESPACE = 1; // leading whitespace
	const S_DOCTYPE = 2; // <!DOCTYPE
	const S_DOCTYPE_QUOTE = 3; // <!DOCTYPE "//blah
	const S_DTD = 4; // <!DOCTYPE "//blah" [ ...
	const S_DTD_QUOTED = 5; // <!DOCTYPE "//blah" [ "foo
	const S_DTD_OPEN_WAKA = 6;
	const S_DTD_OPEN_WAKA_BANG = 7;
	const S_DTD_COMMENT = 8; // <!--
	const S_DTD_COMMENT_ENDING = 9; // <!-- blah -
	const S_DTD_COMMENT_ENDED = 10; // <!-- blah --
	const S_DTD_PI = 11; // <?
	const S_DTD_PI_ENDING = 12; // <?hi "there" ?
	const S_TEXT = 13; // general stuff
	const S_ENTITY = 14; // &amp and such
	const S_OPEN_WAKA = 15; // <
	const S_OPEN_WAKA_BANG = 16; // <!...
	const S_COMMENT = 17; // <!--
	const S_COMMENT_ENDING = 18; // <!-- blah -
	const S_COMMENT_ENDED = 19; // <!-- blah --
	const S_CDATA = 20; // <![CDATA[ something
	const S_CDATA_ENDING = 21; // ]
	const S_CDATA_ENDING_2 = 22; // ]]
	const S_PI_FIRST_CHAR = 23; // <?hi, first char
	const S_PI_REST = 24; // <?hi, rest of the name
	const S_PI_BODY = 25; // <?hi there
	const S_PI_ENDING = 26; // <?hi "there" ?
	const S_XML_DECL_NAME_START = 27; // <?xml
	const S_XML_DECL_NAME = 28; // <?xml foo
	const S_XML_DECL_EQ = 29; // <?xml foo=
	const S_XML_DECL_VALUE_START = 30; // <?xml foo=
	const S_XML_DECL_VALUE = 31; // <?xml foo="bar"
	const S_XML_DECL_SEPARATOR = 32; // <?xml foo="bar"
	const S_XML_DECL_ENDING = 33; // <?xml ... ?
	const S_OPEN_TAG = 34; // <strong
	const S_OPEN_TAG_SLASH = 35; // <strong /
	const S_ATTRIB = 36; // <a
	const S_ATTRIB_NAME = 37; // <a foo
	const S_ATTRIB_NAME_SAW_WHITE = 38; // <a foo _
	const S_ATTRIB_VALUE = 39; // <a foo=
	const S_ATTRIB_VALUE_QUOTED = 40; // <a foo="bar
	const S_ATTRIB_VALUE_CLOSED = 41; // <a foo="bar"
	const S_ATTRIB_VALUE_UNQUOTED = 42; // <a foo=bar
	const S_CLOSE_TAG = 43; // </a
	const S_CLOSE_TAG_SAW_WHITE = 44; // </a   >
	const TAB = 9;
	const NL = 0xA;
	const CR = 0xD;
	const SPACE = 0x20;
	const BANG = 0x21;
	const DQUOTE = 0x22;
	const AMP = 0x26;
	const SQUOTE = 0x27;
	const MINUS = 0x2D;
	const FORWARD_SLASH = 0x2F;
	const SEMICOLON = 0x3B;
	const LESS = 0x3C;
	const EQUAL = 0x3D;
	const GREATER = 0x3E;
	const QUESTION = 0x3F;
	const OPEN_BRACKET = 0x5B;
	const CLOSE_BRACKET = 0x5D;
	const NEL = 0x85;
	const LS = 0x2028; // Line Separator
	const isQuote = (c) => c === DQUOTE || c === SQUOTE;
	const QUOTES = [DQUOTE, SQUOTE];
	const DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
	const DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
	const XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
	const ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
	function nsPairCheck(parser, prefix, uri) {
	    switch (prefix) {
	        case "xml":
	            if (uri !== XML_NAMESPACE) {
	                parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
	            }
	            break;
	        case "xmlns":
	            if (uri !== XMLNS_NAMESPACE) {
	                parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
	            }
	            break;
	    }
	    switch (uri) {
	        case XMLNS_NAMESPACE:
	            parser.fail(prefix === "" ?
	                `the default namespace may not be set to ${uri}.` :
	                `may not assign a prefix (even "xmlns") to the URI \
${XMLNS_NAMESPACE}.`);
	            break;
	        case XML_NAMESPACE:
	            switch (prefix) {
	                case "xml":
	                    // Assinging the XML namespace to "xml" is fine.
	                    break;
	                case "":
	                    parser.fail(`the default namespace may not be set to ${uri}.`);
	                    break;
	                default:
	                    parser.fail("may not assign the xml namespace to another prefix.");
	            }
	            break;
	    }
	}
	function nsMappingCheck(parser, mapping) {
	    for (const local of Object.keys(mapping)) {
	        nsPairCheck(parser, local, mapping[local]);
	    }
	}
	const isNCName = (name) => NC_NAME_RE.test(name);
	const isName = (name) => NAME_RE.test(name);
	const FORBIDDEN_START = 0;
	const FORBIDDEN_BRACKET = 1;
	const FORBIDDEN_BRACKET_BRACKET = 2;
	/**
	 * The list of supported events.
	 */
	saxes.EVENTS = [
	    "xmldecl",
	    "text",
	    "processinginstruction",
	    "doctype",
	    "comment",
	    "opentagstart",
	    "attribute",
	    "opentag",
	    "closetag",
	    "cdata",
	    "error",
	    "end",
	    "ready",
	];
	const EVENT_NAME_TO_HANDLER_NAME = {
	    xmldecl: "xmldeclHandler",
	    text: "textHandler",
	    processinginstruction: "piHandler",
	    doctype: "doctypeHandler",
	    comment: "commentHandler",
	    opentagstart: "openTagStartHandler",
	    attribute: "attributeHandler",
	    opentag: "openTagHandler",
	    closetag: "closeTagHandler",
	    cdata: "cdataHandler",
	    error: "errorHandler",
	    end: "endHandler",
	    ready: "readyHandler",
	};
	// eslint-disable-next-line @typescript-eslint/ban-types
	class SaxesParser {
	    /**
	     * @param opt The parser options.
	     */
	    constructor(opt) {
	        this.opt = opt !== null && opt !== void 0 ? opt : {};
	        this.fragmentOpt = !!this.opt.fragment;
	        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
	        this.trackPosition = this.opt.position !== false;
	        this.fileName = this.opt.fileName;
	        if (xmlnsOpt) {
	            // This is the function we use to perform name checks on PIs and entities.
	            // When namespaces are used, colons are not allowed in PI target names or
	            // entity names. So the check depends on whether namespaces are used. See:
	            //
	            // https://www.w3.org/XML/xml-names-19990114-errata.html
	            // NE08
	            //
	            this.nameStartCheck = isNCNameStartChar;
	            this.nameCheck = isNCNameChar;
	            this.isName = isNCName;
	            // eslint-disable-next-line @typescript-eslint/unbound-method
	            this.processAttribs = this.processAttribsNS;
	            // eslint-disable-next-line @typescript-eslint/unbound-method
	            this.pushAttrib = this.pushAttribNS;
	            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
	            this.ns = Object.assign({ __proto__: null }, rootNS);
	            const additional = this.opt.additionalNamespaces;
	            if (additional != null) {
	                nsMappingCheck(this, additional);
	                Object.assign(this.ns, additional);
	            }
	        }
	        else {
	            this.nameStartCheck = isNameStartChar;
	            this.nameCheck = isNameChar;
	            this.isName = isName;
	            // eslint-disable-next-line @typescript-eslint/unbound-method
	            this.processAttribs = this.processAttribsPlain;
	            // eslint-disable-next-line @typescript-eslint/unbound-method
	            this.pushAttrib = this.pushAttribPlain;
	        }
	        //
	        // The order of the members in this table needs to correspond to the state
	        // numbers given to the states that correspond to the methods being recorded
	        // here.
	        //
	        this.stateTable = [
	            /* eslint-disable @typescript-eslint/unbound-method */
	            this.sBegin,
	            this.sBeginWhitespace,
	            this.sDoctype,
	            this.sDoctypeQuote,
	            this.sDTD,
	            this.sDTDQuoted,
	            this.sDTDOpenWaka,
	            this.sDTDOpenWakaBang,
	            this.sDTDComment,
	            this.sDTDCommentEnding,
	            this.sDTDCommentEnded,
	            this.sDTDPI,
	            this.sDTDPIEnding,
	            this.sText,
	            this.sEntity,
	            this.sOpenWaka,
	            this.sOpenWakaBang,
	            this.sComment,
	            this.sCommentEnding,
	            this.sCommentEnded,
	            this.sCData,
	            this.sCDataEnding,
	            this.sCDataEnding2,
	            this.sPIFirstChar,
	            this.sPIRest,
	            this.sPIBody,
	            this.sPIEnding,
	            this.sXMLDeclNameStart,
	            this.sXMLDeclName,
	            this.sXMLDeclEq,
	            this.sXMLDeclValueStart,
	            this.sXMLDeclValue,
	            this.sXMLDeclSeparator,
	            this.sXMLDeclEnding,
	            this.sOpenTag,
	            this.sOpenTagSlash,
	            this.sAttrib,
	            this.sAttribName,
	            this.sAttribNameSawWhite,
	            this.sAttribValue,
	            this.sAttribValueQuoted,
	            this.sAttribValueClosed,
	            this.sAttribValueUnquoted,
	            this.sCloseTag,
	            this.sCloseTagSawWhite,
	            /* eslint-enable @typescript-eslint/unbound-method */
	        ];
	        this._init();
	    }
	    /**
	     * Indicates whether or not the parser is closed. If ``true``, wait for
	     * the ``ready`` event to write again.
	     */
	    get closed() {
	        return this._closed;
	    }
	    _init() {
	        var _a;
	        this.openWakaBang = "";
	        this.text = "";
	        this.name = "";
	        this.piTarget = "";
	        this.entity = "";
	        this.q = null;
	        this.tags = [];
	        this.tag = null;
	        this.topNS = null;
	        this.chunk = "";
	        this.chunkPosition = 0;
	        this.i = 0;
	        this.prevI = 0;
	        this.carriedFromPrevious = undefined;
	        this.forbiddenState = FORBIDDEN_START;
	        this.attribList = [];
	        // The logic is organized so as to minimize the need to check
	        // this.opt.fragment while parsing.
	        const { fragmentOpt } = this;
	        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
	        // We want these to be all true if we are dealing with a fragment.
	        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot =
	            this.sawRoot = fragmentOpt;
	        // An XML declaration is intially possible only when parsing whole
	        // documents.
	        this.xmlDeclPossible = !fragmentOpt;
	        this.xmlDeclExpects = ["version"];
	        this.entityReturnState = undefined;
	        let { defaultXMLVersion } = this.opt;
	        if (defaultXMLVersion === undefined) {
	            if (this.opt.forceXMLVersion === true) {
	                throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
	            }
	            defaultXMLVersion = "1.0";
	        }
	        this.setXMLVersion(defaultXMLVersion);
	        this.positionAtNewLine = 0;
	        this.doctype = false;
	        this._closed = false;
	        this.xmlDecl = {
	            version: undefined,
	            encoding: undefined,
	            standalone: undefined,
	        };
	        this.line = 1;
	        this.column = 0;
	        this.ENTITIES = Object.create(XML_ENTITIES);
	        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
	    }
	    /**
	     * The stream position the parser is currently looking at. This field is
	     * zero-based.
	     *
	     * This field is not based on counting Unicode characters but is to be
	     * interpreted as a plain index into a JavaScript string.
	     */
	    get position() {
	        return this.chunkPosition + this.i;
	    }
	    /**
	     * The column number of the next character to be read by the parser.  *
	     * This field is zero-based. (The first column in a line is 0.)
	     *
	     * This field reports the index at which the next character would be in the
	     * line if the line were represented as a JavaScript string.  Note that this
	     * *can* be different to a count based on the number of *Unicode characters*
	     * due to how JavaScript handles astral plane characters.
	     *
	     * See [[column]] for a number that corresponds to a count of Unicode
	     * characters.
	     */
	    get columnIndex() {
	        return this.position - this.positionAtNewLine;
	    }
	    /**
	     * Set an event listener on an event. The parser supports one handler per
	     * event type. If you try to set an event handler over an existing handler,
	     * the old handler is silently overwritten.
	     *
	     * @param name The event to listen to.
	     *
	     * @param handler The handler to set.
	     */
	    on(name, handler) {
	        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
	        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
	    }
	    /**
	     * Unset an event handler.
	     *
	     * @parma name The event to stop listening to.
	     */
	    off(name) {
	        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
	        this[EVENT_NAME_TO_HANDLER_NAME[name]] = undefined;
	    }
	    /**
	     * Make an error object. The error object will have a message that contains
	     * the ``fileName`` option passed at the creation of the parser. If position
	     * tracking was turned on, it will also have line and column number
	     * information.
	     *
	     * @param message The message describing the error to report.
	     *
	     * @returns An error object with a properly formatted message.
	     */
	    makeError(message) {
	        var _a;
	        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
	        if (this.trackPosition) {
	            if (msg.length > 0) {
	                msg += ":";
	            }
	            msg += `${this.line}:${this.column}`;
	        }
	        if (msg.length > 0) {
	            msg += ": ";
	        }
	        return new Error(msg + message);
	    }
	    /**
	     * Report a parsing error. This method is made public so that client code may
	     * check for issues that are outside the scope of this project and can report
	     * errors.
	     *
	     * @param message The error to report.
	     *
	     * @returns this
	     */
	    fail(message) {
	        const err = this.makeError(message);
	        const handler = this.errorHandler;
	        if (handler === undefined) {
	            throw err;
	        }
	        else {
	            handler(err);
	        }
	        return this;
	    }
	    /**
	     * Write a XML data to the parser.
	     *
	     * @param chunk The XML data to write.
	     *
	     * @returns this
	     */
	    // We do need object for the type here. Yes, it often causes problems
	    // but not in this case.
	    write(chunk) {
	        if (this.closed) {
	            return this.fail("cannot write after close; assign an onready handler.");
	        }
	        let end = false;
	        if (chunk === null) {
	            // We cannot return immediately because carriedFromPrevious may need
	            // processing.
	            end = true;
	            chunk = "";
	        }
	        else if (typeof chunk === "object") {
	            chunk = chunk.toString();
	        }
	        // We checked if performing a pre-decomposition of the string into an array
	        // of single complete characters (``Array.from(chunk)``) would be faster
	        // than the current repeated calls to ``charCodeAt``. As of August 2018, it
	        // isn't. (There may be Node-specific code that would perform faster than
	        // ``Array.from`` but don't want to be dependent on Node.)
	        if (this.carriedFromPrevious !== undefined) {
	            // The previous chunk had char we must carry over.
	            chunk = `${this.carriedFromPrevious}${chunk}`;
	            this.carriedFromPrevious = undefined;
	        }
	        let limit = chunk.length;
	        const lastCode = chunk.charCodeAt(limit - 1);
	        if (!end &&
	            // A trailing CR or surrogate must be carried over to the next
	            // chunk.
	            (lastCode === CR || (lastCode >= 0xD800 && lastCode <= 0xDBFF))) {
	            // The chunk ends with a character that must be carried over. We cannot
	            // know how to handle it until we get the next chunk or the end of the
	            // stream. So save it for later.
	            this.carriedFromPrevious = chunk[limit - 1];
	            limit--;
	            chunk = chunk.slice(0, limit);
	        }
	        const { stateTable } = this;
	        this.chunk = chunk;
	        this.i = 0;
	        while (this.i < limit) {
	            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument
	            stateTable[this.state].call(this);
	        }
	        this.chunkPosition += limit;
	        return end ? this.end() : this;
	    }
	    /**
	     * Close the current stream. Perform final well-formedness checks and reset
	     * the parser tstate.
	     *
	     * @returns this
	     */
	    close() {
	        return this.write(null);
	    }
	    /**
	     * Get a single code point out of the current chunk. This updates the current
	     * position if we do position tracking.
	     *
	     * This is the algorithm to use for XML 1.0.
	     *
	     * @returns The character read.
	     */
	    getCode10() {
	        const { chunk, i } = this;
	        this.prevI = i;
	        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
	        // read this.i again, which is a bit faster.
	        this.i = i + 1;
	        if (i >= chunk.length) {
	            return EOC;
	        }
	        // Using charCodeAt and handling the surrogates ourselves is faster
	        // than using codePointAt.
	        const code = chunk.charCodeAt(i);
	        this.column++;
	        if (code < 0xD800) {
	            if (code >= SPACE || code === TAB) {
	                return code;
	            }
	            switch (code) {
	                case NL:
	                    this.line++;
	                    this.column = 0;
	                    this.positionAtNewLine = this.position;
	                    return NL;
	                case CR:
	                    // We may get NaN if we read past the end of the chunk, which is fine.
	                    if (chunk.charCodeAt(i + 1) === NL) {
	                        // A \r\n sequence is converted to \n so we have to skip over the
	                        // next character. We already know it has a size of 1 so ++ is fine
	                        // here.
	                        this.i = i + 2;
	                    }
	                    // Otherwise, a \r is just converted to \n, so we don't have to skip
	                    // ahead.
	                    // In either case, \r becomes \n.
	                    this.line++;
	                    this.column = 0;
	                    this.positionAtNewLine = this.position;
	                    return NL_LIKE;
	                default:
	                    // If we get here, then code < SPACE and it is not NL CR or TAB.
	                    this.fail("disallowed character.");
	                    return code;
	            }
	        }
	        if (code > 0xDBFF) {
	            // This is a specialized version of isChar10 that takes into account
	            // that in this context code > 0xDBFF and code <= 0xFFFF. So it does not
	            // test cases that don't need testing.
	            if (!(code >= 0xE000 && code <= 0xFFFD)) {
	                this.fail("disallowed character.");
	            }
	            return code;
	        }
	        const final = 0x10000 + ((code - 0xD800) * 0x400) +
	            (chunk.charCodeAt(i + 1) - 0xDC00);
	        this.i = i + 2;
	        // This is a specialized version of isChar10 that takes into account that in
	        // this context necessarily final >= 0x10000.
	        if (final > 0x10FFFF) {
	            this.fail("disallowed character.");
	        }
	        return final;
	    }
	    /**
	     * Get a single code point out of the current chunk. This updates the current
	     * position if we do position tracking.
	     *
	     * This is the algorithm to use for XML 1.1.
	     *
	     * @returns {number} The character read.
	     */
	    getCode11() {
	        const { chunk, i } = this;
	        this.prevI = i;
	        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
	        // read this.i again, which is a bit faster.
	        this.i = i + 1;
	        if (i >= chunk.length) {
	            return EOC;
	        }
	        // Using charCodeAt and handling the surrogates ourselves is faster
	        // than using codePointAt.
	        const code = chunk.charCodeAt(i);
	        this.column++;
	        if (code < 0xD800) {
	            if ((code > 0x1F && code < 0x7F) || (code > 0x9F && code !== LS) ||
	                code === TAB) {
	                return code;
	            }
	            switch (code) {
	                case NL: // 0xA
	                    this.line++;
	                    this.column = 0;
	                    this.positionAtNewLine = this.position;
	                    return NL;
	                case CR: { // 0xD
	                    // We may get NaN if we read past the end of the chunk, which is
	                    // fine.
	                    const next = chunk.charCodeAt(i + 1);
	                    if (next === NL || next === NEL) {
	                        // A CR NL or CR NEL sequence is converted to NL so we have to skip
	                        // over the next character. We already know it has a size of 1.
	                        this.i = i + 2;
	                    }
	                    // Otherwise, a CR is just converted to NL, no skip.
	                }
	                /* yes, fall through */
	                case NEL: // 0x85
	                case LS: // Ox2028
	                    this.line++;
	                    this.column = 0;
	                    this.positionAtNewLine = this.position;
	                    return NL_LIKE;
	                default:
	                    this.fail("disallowed character.");
	                    return code;
	            }
	        }
	        if (code > 0xDBFF) {
	            // This is a specialized version of isCharAndNotRestricted that takes into
	            // account that in this context code > 0xDBFF and code <= 0xFFFF. So it
	            // does not test cases that don't need testing.
	            if (!(code >= 0xE000 && code <= 0xFFFD)) {
	                this.fail("disallowed character.");
	            }
	            return code;
	        }
	        const final = 0x10000 + ((code - 0xD800) * 0x400) +
	            (chunk.charCodeAt(i + 1) - 0xDC00);
	        this.i = i + 2;
	        // This is a specialized version of isCharAndNotRestricted that takes into
	        // account that in this context necessarily final >= 0x10000.
	        if (final > 0x10FFFF) {
	            this.fail("disallowed character.");
	        }
	        return final;
	    }
	    /**
	     * Like ``getCode`` but with the return value normalized so that ``NL`` is
	     * returned for ``NL_LIKE``.
	     */
	    getCodeNorm() {
	        const c = this.getCode();
	        return c === NL_LIKE ? NL : c;
	    }
	    unget() {
	        this.i = this.prevI;
	        this.column--;
	    }
	    /**
	     * Capture characters into a buffer until encountering one of a set of
	     * characters.
	     *
	     * @param chars An array of codepoints. Encountering a character in the array
	     * ends the capture. (``chars`` may safely contain ``NL``.)
	     *
	     * @return The character code that made the capture end, or ``EOC`` if we hit
	     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
	     * instead.
	     */
	    captureTo(chars) {
	        let { i: start } = this;
	        const { chunk } = this;
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            const c = this.getCode();
	            const isNLLike = c === NL_LIKE;
	            const final = isNLLike ? NL : c;
	            if (final === EOC || chars.includes(final)) {
	                this.text += chunk.slice(start, this.prevI);
	                return final;
	            }
	            if (isNLLike) {
	                this.text += `${chunk.slice(start, this.prevI)}\n`;
	                start = this.i;
	            }
	        }
	    }
	    /**
	     * Capture characters into a buffer until encountering a character.
	     *
	     * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
	     * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
	     *
	     * @return ``true`` if we ran into the character. Otherwise, we ran into the
	     * end of the current chunk.
	     */
	    captureToChar(char) {
	        let { i: start } = this;
	        const { chunk } = this;
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            let c = this.getCode();
	            switch (c) {
	                case NL_LIKE:
	                    this.text += `${chunk.slice(start, this.prevI)}\n`;
	                    start = this.i;
	                    c = NL;
	                    break;
	                case EOC:
	                    this.text += chunk.slice(start);
	                    return false;
	            }
	            if (c === char) {
	                this.text += chunk.slice(start, this.prevI);
	                return true;
	            }
	        }
	    }
	    /**
	     * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
	     * this parser.
	     *
	     * @return The character code that made the test fail, or ``EOC`` if we hit
	     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
	     * instead.
	     */
	    captureNameChars() {
	        const { chunk, i: start } = this;
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            const c = this.getCode();
	            if (c === EOC) {
	                this.name += chunk.slice(start);
	                return EOC;
	            }
	            // NL is not a name char so we don't have to test specifically for it.
	            if (!isNameChar(c)) {
	                this.name += chunk.slice(start, this.prevI);
	                return c === NL_LIKE ? NL : c;
	            }
	        }
	    }
	    /**
	     * Skip white spaces.
	     *
	     * @return The character that ended the skip, or ``EOC`` if we hit
	     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
	     * instead.
	     */
	    skipSpaces() {
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            const c = this.getCodeNorm();
	            if (c === EOC || !isS(c)) {
	                return c;
	            }
	        }
	    }
	    setXMLVersion(version) {
	        this.currentXMLVersion = version;
	        /*  eslint-disable @typescript-eslint/unbound-method */
	        if (version === "1.0") {
	            this.isChar = isChar10;
	            this.getCode = this.getCode10;
	        }
	        else {
	            this.isChar = isChar11;
	            this.getCode = this.getCode11;
	        }
	        /* eslint-enable @typescript-eslint/unbound-method */
	    }
	    // STATE ENGINE METHODS
	    // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
	    // to be sure never to come back to this state later.
	    sBegin() {
	        // We are essentially peeking at the first character of the chunk. Since
	        // S_BEGIN can be in effect only when we start working on the first chunk,
	        // the index at which we must look is necessarily 0. Note also that the
	        // following test does not depend on decoding surrogates.
	        // If the initial character is 0xFEFF, ignore it.
	        if (this.chunk.charCodeAt(0) === 0xFEFF) {
	            this.i++;
	            this.column++;
	        }
	        this.state = S_BEGIN_WHITESPACE;
	    }
	    sBeginWhitespace() {
	        // We need to know whether we've encountered spaces or not because as soon
	        // as we run into a space, an XML declaration is no longer possible. Rather
	        // than slow down skipSpaces even in places where we don't care whether it
	        // skipped anything or not, we check whether prevI is equal to the value of
	        // i from before we skip spaces.
	        const iBefore = this.i;
	        const c = this.skipSpaces();
	        if (this.prevI !== iBefore) {
	            this.xmlDeclPossible = false;
	        }
	        switch (c) {
	            case LESS:
	                this.state = S_OPEN_WAKA;
	                // We could naively call closeText but in this state, it is not normal
	                // to have text be filled with any data.
	                if (this.text.length !== 0) {
	                    throw new Error("no-empty text at start");
	                }
	                break;
	            case EOC:
	                break;
	            default:
	                this.unget();
	                this.state = S_TEXT;
	                this.xmlDeclPossible = false;
	        }
	    }
	    sDoctype() {
	        var _a;
	        const c = this.captureTo(DOCTYPE_TERMINATOR);
	        switch (c) {
	            case GREATER: {
	                (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
	                this.text = "";
	                this.state = S_TEXT;
	                this.doctype = true; // just remember that we saw it.
	                break;
	            }
	            case EOC:
	                break;
	            default:
	                this.text += String.fromCodePoint(c);
	                if (c === OPEN_BRACKET) {
	                    this.state = S_DTD;
	                }
	                else if (isQuote(c)) {
	                    this.state = S_DOCTYPE_QUOTE;
	                    this.q = c;
	                }
	        }
	    }
	    sDoctypeQuote() {
	        const q = this.q;
	        if (this.captureToChar(q)) {
	            this.text += String.fromCodePoint(q);
	            this.q = null;
	            this.state = S_DOCTYPE;
	        }
	    }
	    sDTD() {
	        const c = this.captureTo(DTD_TERMINATOR);
	        if (c === EOC) {
	            return;
	        }
	        this.text += String.fromCodePoint(c);
	        if (c === CLOSE_BRACKET) {
	            this.state = S_DOCTYPE;
	        }
	        else if (c === LESS) {
	            this.state = S_DTD_OPEN_WAKA;
	        }
	        else if (isQuote(c)) {
	            this.state = S_DTD_QUOTED;
	            this.q = c;
	        }
	    }
	    sDTDQuoted() {
	        const q = this.q;
	        if (this.captureToChar(q)) {
	            this.text += String.fromCodePoint(q);
	            this.state = S_DTD;
	            this.q = null;
	        }
	    }
	    sDTDOpenWaka() {
	        const c = this.getCodeNorm();
	        this.text += String.fromCodePoint(c);
	        switch (c) {
	            case BANG:
	                this.state = S_DTD_OPEN_WAKA_BANG;
	                this.openWakaBang = "";
	                break;
	            case QUESTION:
	                this.state = S_DTD_PI;
	                break;
	            default:
	                this.state = S_DTD;
	        }
	    }
	    sDTDOpenWakaBang() {
	        const char = String.fromCodePoint(this.getCodeNorm());
	        const owb = this.openWakaBang += char;
	        this.text += char;
	        if (owb !== "-") {
	            this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
	            this.openWakaBang = "";
	        }
	    }
	    sDTDComment() {
	        if (this.captureToChar(MINUS)) {
	            this.text += "-";
	            this.state = S_DTD_COMMENT_ENDING;
	        }
	    }
	    sDTDCommentEnding() {
	        const c = this.getCodeNorm();
	        this.text += String.fromCodePoint(c);
	        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
	    }
	    sDTDCommentEnded() {
	        const c = this.getCodeNorm();
	        this.text += String.fromCodePoint(c);
	        if (c === GREATER) {
	            this.state = S_DTD;
	        }
	        else {
	            this.fail("malformed comment.");
	            // <!-- blah -- bloo --> will be recorded as
	            // a comment of " blah -- bloo "
	            this.state = S_DTD_COMMENT;
	        }
	    }
	    sDTDPI() {
	        if (this.captureToChar(QUESTION)) {
	            this.text += "?";
	            this.state = S_DTD_PI_ENDING;
	        }
	    }
	    sDTDPIEnding() {
	        const c = this.getCodeNorm();
	        this.text += String.fromCodePoint(c);
	        if (c === GREATER) {
	            this.state = S_DTD;
	        }
	    }
	    sText() {
	        //
	        // We did try a version of saxes where the S_TEXT state was split in two
	        // states: one for text inside the root element, and one for text
	        // outside. This was avoiding having to test this.tags.length to decide
	        // what implementation to actually use.
	        //
	        // Peformance testing on gigabyte-size files did not show any advantage to
	        // using the two states solution instead of the current one. Conversely, it
	        // made the code a bit more complicated elsewhere. For instance, a comment
	        // can appear before the root element so when a comment ended it was
	        // necessary to determine whether to return to the S_TEXT state or to the
	        // new text-outside-root state.
	        //
	        if (this.tags.length !== 0) {
	            this.handleTextInRoot();
	        }
	        else {
	            this.handleTextOutsideRoot();
	        }
	    }
	    sEntity() {
	        // This is essentially a specialized version of captureToChar(SEMICOLON...)
	        let { i: start } = this;
	        const { chunk } = this;
	        // eslint-disable-next-line no-labels, no-restricted-syntax
	        loop: 
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            switch (this.getCode()) {
	                case NL_LIKE:
	                    this.entity += `${chunk.slice(start, this.prevI)}\n`;
	                    start = this.i;
	                    break;
	                case SEMICOLON: {
	                    const { entityReturnState } = this;
	                    const entity = this.entity + chunk.slice(start, this.prevI);
	                    this.state = entityReturnState;
	                    let parsed;
	                    if (entity === "") {
	                        this.fail("empty entity name.");
	                        parsed = "&;";
	                    }
	                    else {
	                        parsed = this.parseEntity(entity);
	                        this.entity = "";
	                    }
	                    if (entityReturnState !== S_TEXT || this.textHandler !== undefined) {
	                        this.text += parsed;
	                    }
	                    // eslint-disable-next-line no-labels
	                    break loop;
	                }
	                case EOC:
	                    this.entity += chunk.slice(start);
	                    // eslint-disable-next-line no-labels
	                    break loop;
	            }
	        }
	    }
	    sOpenWaka() {
	        // Reminder: a state handler is called with at least one character
	        // available in the current chunk. So the first call to get code inside of
	        // a state handler cannot return ``EOC``. That's why we don't test
	        // for it.
	        const c = this.getCode();
	        // either a /, ?, !, or text is coming next.
	        if (isNameStartChar(c)) {
	            this.state = S_OPEN_TAG;
	            this.unget();
	            this.xmlDeclPossible = false;
	        }
	        else {
	            switch (c) {
	                case FORWARD_SLASH:
	                    this.state = S_CLOSE_TAG;
	                    this.xmlDeclPossible = false;
	                    break;
	                case BANG:
	                    this.state = S_OPEN_WAKA_BANG;
	                    this.openWakaBang = "";
	                    this.xmlDeclPossible = false;
	                    break;
	                case QUESTION:
	                    this.state = S_PI_FIRST_CHAR;
	                    break;
	                default:
	                    this.fail("disallowed character in tag name");
	                    this.state = S_TEXT;
	                    this.xmlDeclPossible = false;
	            }
	        }
	    }
	    sOpenWakaBang() {
	        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
	        switch (this.openWakaBang) {
	            case "[CDATA[":
	                if (!this.sawRoot && !this.reportedTextBeforeRoot) {
	                    this.fail("text data outside of root node.");
	                    this.reportedTextBeforeRoot = true;
	                }
	                if (this.closedRoot && !this.reportedTextAfterRoot) {
	                    this.fail("text data outside of root node.");
	                    this.reportedTextAfterRoot = true;
	                }
	                this.state = S_CDATA;
	                this.openWakaBang = "";
	                break;
	            case "--":
	                this.state = S_COMMENT;
	                this.openWakaBang = "";
	                break;
	            case "DOCTYPE":
	                this.state = S_DOCTYPE;
	                if (this.doctype || this.sawRoot) {
	                    this.fail("inappropriately located doctype declaration.");
	                }
	                this.openWakaBang = "";
	                break;
	            default:
	                // 7 happens to be the maximum length of the string that can possibly
	                // match one of the cases above.
	                if (this.openWakaBang.length >= 7) {
	                    this.fail("incorrect syntax.");
	                }
	        }
	    }
	    sComment() {
	        if (this.captureToChar(MINUS)) {
	            this.state = S_COMMENT_ENDING;
	        }
	    }
	    sCommentEnding() {
	        var _a;
	        const c = this.getCodeNorm();
	        if (c === MINUS) {
	            this.state = S_COMMENT_ENDED;
	            (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
	            this.text = "";
	        }
	        else {
	            this.text += `-${String.fromCodePoint(c)}`;
	            this.state = S_COMMENT;
	        }
	    }
	    sCommentEnded() {
	        const c = this.getCodeNorm();
	        if (c !== GREATER) {
	            this.fail("malformed comment.");
	            // <!-- blah -- bloo --> will be recorded as
	            // a comment of " blah -- bloo "
	            this.text += `--${String.fromCodePoint(c)}`;
	            this.state = S_COMMENT;
	        }
	        else {
	            this.state = S_TEXT;
	        }
	    }
	    sCData() {
	        if (this.captureToChar(CLOSE_BRACKET)) {
	            this.state = S_CDATA_ENDING;
	        }
	    }
	    sCDataEnding() {
	        const c = this.getCodeNorm();
	        if (c === CLOSE_BRACKET) {
	            this.state = S_CDATA_ENDING_2;
	        }
	        else {
	            this.text += `]${String.fromCodePoint(c)}`;
	            this.state = S_CDATA;
	        }
	    }
	    sCDataEnding2() {
	        var _a;
	        const c = this.getCodeNorm();
	        switch (c) {
	            case GREATER: {
	                (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
	                this.text = "";
	                this.state = S_TEXT;
	                break;
	            }
	            case CLOSE_BRACKET:
	                this.text += "]";
	                break;
	            default:
	                this.text += `]]${String.fromCodePoint(c)}`;
	                this.state = S_CDATA;
	        }
	    }
	    // We need this separate state to check the first character fo the pi target
	    // with this.nameStartCheck which allows less characters than this.nameCheck.
	    sPIFirstChar() {
	        const c = this.getCodeNorm();
	        // This is first because in the case where the file is well-formed this is
	        // the branch taken. We optimize for well-formedness.
	        if (this.nameStartCheck(c)) {
	            this.piTarget += String.fromCodePoint(c);
	            this.state = S_PI_REST;
	        }
	        else if (c === QUESTION || isS(c)) {
	            this.fail("processing instruction without a target.");
	            this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
	        }
	        else {
	            this.fail("disallowed character in processing instruction name.");
	            this.piTarget += String.fromCodePoint(c);
	            this.state = S_PI_REST;
	        }
	    }
	    sPIRest() {
	        // Capture characters into a piTarget while ``this.nameCheck`` run on the
	        // character read returns true.
	        const { chunk, i: start } = this;
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            const c = this.getCodeNorm();
	            if (c === EOC) {
	                this.piTarget += chunk.slice(start);
	                return;
	            }
	            // NL cannot satisfy this.nameCheck so we don't have to test specifically
	            // for it.
	            if (!this.nameCheck(c)) {
	                this.piTarget += chunk.slice(start, this.prevI);
	                const isQuestion = c === QUESTION;
	                if (isQuestion || isS(c)) {
	                    if (this.piTarget === "xml") {
	                        if (!this.xmlDeclPossible) {
	                            this.fail("an XML declaration must be at the start of the document.");
	                        }
	                        this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
	                    }
	                    else {
	                        this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
	                    }
	                }
	                else {
	                    this.fail("disallowed character in processing instruction name.");
	                    this.piTarget += String.fromCodePoint(c);
	                }
	                break;
	            }
	        }
	    }
	    sPIBody() {
	        if (this.text.length === 0) {
	            const c = this.getCodeNorm();
	            if (c === QUESTION) {
	                this.state = S_PI_ENDING;
	            }
	            else if (!isS(c)) {
	                this.text = String.fromCodePoint(c);
	            }
	        }
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        else if (this.captureToChar(QUESTION)) {
	            this.state = S_PI_ENDING;
	        }
	    }
	    sPIEnding() {
	        var _a;
	        const c = this.getCodeNorm();
	        if (c === GREATER) {
	            const { piTarget } = this;
	            if (piTarget.toLowerCase() === "xml") {
	                this.fail("the XML declaration must appear at the start of the document.");
	            }
	            (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
	                target: piTarget,
	                body: this.text,
	            });
	            this.piTarget = this.text = "";
	            this.state = S_TEXT;
	        }
	        else if (c === QUESTION) {
	            // We ran into ?? as part of a processing instruction. We initially took
	            // the first ? as a sign that the PI was ending, but it is not. So we have
	            // to add it to the body but we take the new ? as a sign that the PI is
	            // ending.
	            this.text += "?";
	        }
	        else {
	            this.text += `?${String.fromCodePoint(c)}`;
	            this.state = S_PI_BODY;
	        }
	        this.xmlDeclPossible = false;
	    }
	    sXMLDeclNameStart() {
	        const c = this.skipSpaces();
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            // It is valid to go to S_XML_DECL_ENDING from this state.
	            this.state = S_XML_DECL_ENDING;
	            return;
	        }
	        if (c !== EOC) {
	            this.state = S_XML_DECL_NAME;
	            this.name = String.fromCodePoint(c);
	        }
	    }
	    sXMLDeclName() {
	        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            this.state = S_XML_DECL_ENDING;
	            this.name += this.text;
	            this.text = "";
	            this.fail("XML declaration is incomplete.");
	            return;
	        }
	        if (!(isS(c) || c === EQUAL)) {
	            return;
	        }
	        this.name += this.text;
	        this.text = "";
	        if (!this.xmlDeclExpects.includes(this.name)) {
	            switch (this.name.length) {
	                case 0:
	                    this.fail("did not expect any more name/value pairs.");
	                    break;
	                case 1:
	                    this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
	                    break;
	                default:
	                    this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
	            }
	        }
	        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
	    }
	    sXMLDeclEq() {
	        const c = this.getCodeNorm();
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            this.state = S_XML_DECL_ENDING;
	            this.fail("XML declaration is incomplete.");
	            return;
	        }
	        if (isS(c)) {
	            return;
	        }
	        if (c !== EQUAL) {
	            this.fail("value required.");
	        }
	        this.state = S_XML_DECL_VALUE_START;
	    }
	    sXMLDeclValueStart() {
	        const c = this.getCodeNorm();
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            this.state = S_XML_DECL_ENDING;
	            this.fail("XML declaration is incomplete.");
	            return;
	        }
	        if (isS(c)) {
	            return;
	        }
	        if (!isQuote(c)) {
	            this.fail("value must be quoted.");
	            this.q = SPACE;
	        }
	        else {
	            this.q = c;
	        }
	        this.state = S_XML_DECL_VALUE;
	    }
	    sXMLDeclValue() {
	        const c = this.captureTo([this.q, QUESTION]);
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            this.state = S_XML_DECL_ENDING;
	            this.text = "";
	            this.fail("XML declaration is incomplete.");
	            return;
	        }
	        if (c === EOC) {
	            return;
	        }
	        const value = this.text;
	        this.text = "";
	        switch (this.name) {
	            case "version": {
	                this.xmlDeclExpects = ["encoding", "standalone"];
	                const version = value;
	                this.xmlDecl.version = version;
	                // This is the test specified by XML 1.0 but it is fine for XML 1.1.
	                if (!/^1\.[0-9]+$/.test(version)) {
	                    this.fail("version number must match /^1\\.[0-9]+$/.");
	                }
	                // When forceXMLVersion is set, the XML declaration is ignored.
	                else if (!this.opt.forceXMLVersion) {
	                    this.setXMLVersion(version);
	                }
	                break;
	            }
	            case "encoding":
	                if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
	                    this.fail("encoding value must match \
	/^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
	                }
	                this.xmlDeclExpects = ["standalone"];
	                this.xmlDecl.encoding = value;
	                break;
	            case "standalone":
	                if (value !== "yes" && value !== "no") {
	                    this.fail("standalone value must match \"yes\" or \"no\".");
	                }
	                this.xmlDeclExpects = [];
	                this.xmlDecl.standalone = value;
	                break;
	            // We don't need to raise an error here since we've already raised one
	            // when checking what name was expected.
	        }
	        this.name = "";
	        this.state = S_XML_DECL_SEPARATOR;
	    }
	    sXMLDeclSeparator() {
	        const c = this.getCodeNorm();
	        // The question mark character is not valid inside any of the XML
	        // declaration name/value pairs.
	        if (c === QUESTION) {
	            // It is valid to go to S_XML_DECL_ENDING from this state.
	            this.state = S_XML_DECL_ENDING;
	            return;
	        }
	        if (!isS(c)) {
	            this.fail("whitespace required.");
	            this.unget();
	        }
	        this.state = S_XML_DECL_NAME_START;
	    }
	    sXMLDeclEnding() {
	        var _a;
	        const c = this.getCodeNorm();
	        if (c === GREATER) {
	            if (this.piTarget !== "xml") {
	                this.fail("processing instructions are not allowed before root.");
	            }
	            else if (this.name !== "version" &&
	                this.xmlDeclExpects.includes("version")) {
	                this.fail("XML declaration must contain a version.");
	            }
	            (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
	            this.name = "";
	            this.piTarget = this.text = "";
	            this.state = S_TEXT;
	        }
	        else {
	            // We got here because the previous character was a ?, but the question
	            // mark character is not valid inside any of the XML declaration
	            // name/value pairs.
	            this.fail("The character ? is disallowed anywhere in XML declarations.");
	        }
	        this.xmlDeclPossible = false;
	    }
	    sOpenTag() {
	        var _a;
	        const c = this.captureNameChars();
	        if (c === EOC) {
	            return;
	        }
	        const tag = this.tag = {
	            name: this.name,
	            attributes: Object.create(null),
	        };
	        this.name = "";
	        if (this.xmlnsOpt) {
	            this.topNS = tag.ns = Object.create(null);
	        }
	        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
	        this.sawRoot = true;
	        if (!this.fragmentOpt && this.closedRoot) {
	            this.fail("documents may contain only one root.");
	        }
	        switch (c) {
	            case GREATER:
	                this.openTag();
	                break;
	            case FORWARD_SLASH:
	                this.state = S_OPEN_TAG_SLASH;
	                break;
	            default:
	                if (!isS(c)) {
	                    this.fail("disallowed character in tag name.");
	                }
	                this.state = S_ATTRIB;
	        }
	    }
	    sOpenTagSlash() {
	        if (this.getCode() === GREATER) {
	            this.openSelfClosingTag();
	        }
	        else {
	            this.fail("forward-slash in opening tag not followed by >.");
	            this.state = S_ATTRIB;
	        }
	    }
	    sAttrib() {
	        const c = this.skipSpaces();
	        if (c === EOC) {
	            return;
	        }
	        if (isNameStartChar(c)) {
	            this.unget();
	            this.state = S_ATTRIB_NAME;
	        }
	        else if (c === GREATER) {
	            this.openTag();
	        }
	        else if (c === FORWARD_SLASH) {
	            this.state = S_OPEN_TAG_SLASH;
	        }
	        else {
	            this.fail("disallowed character in attribute name.");
	        }
	    }
	    sAttribName() {
	        const c = this.captureNameChars();
	        if (c === EQUAL) {
	            this.state = S_ATTRIB_VALUE;
	        }
	        else if (isS(c)) {
	            this.state = S_ATTRIB_NAME_SAW_WHITE;
	        }
	        else if (c === GREATER) {
	            this.fail("attribute without value.");
	            this.pushAttrib(this.name, this.name);
	            this.name = this.text = "";
	            this.openTag();
	        }
	        else if (c !== EOC) {
	            this.fail("disallowed character in attribute name.");
	        }
	    }
	    sAttribNameSawWhite() {
	        const c = this.skipSpaces();
	        switch (c) {
	            case EOC:
	                return;
	            case EQUAL:
	                this.state = S_ATTRIB_VALUE;
	                break;
	            default:
	                this.fail("attribute without value.");
	                // Should we do this???
	                // this.tag.attributes[this.name] = "";
	                this.text = "";
	                this.name = "";
	                if (c === GREATER) {
	                    this.openTag();
	                }
	                else if (isNameStartChar(c)) {
	                    this.unget();
	                    this.state = S_ATTRIB_NAME;
	                }
	                else {
	                    this.fail("disallowed character in attribute name.");
	                    this.state = S_ATTRIB;
	                }
	        }
	    }
	    sAttribValue() {
	        const c = this.getCodeNorm();
	        if (isQuote(c)) {
	            this.q = c;
	            this.state = S_ATTRIB_VALUE_QUOTED;
	        }
	        else if (!isS(c)) {
	            this.fail("unquoted attribute value.");
	            this.state = S_ATTRIB_VALUE_UNQUOTED;
	            this.unget();
	        }
	    }
	    sAttribValueQuoted() {
	        // We deliberately do not use captureTo here. The specialized code we use
	        // here is faster than using captureTo.
	        const { q, chunk } = this;
	        let { i: start } = this;
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            switch (this.getCode()) {
	                case q:
	                    this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
	                    this.name = this.text = "";
	                    this.q = null;
	                    this.state = S_ATTRIB_VALUE_CLOSED;
	                    return;
	                case AMP:
	                    this.text += chunk.slice(start, this.prevI);
	                    this.state = S_ENTITY;
	                    this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
	                    return;
	                case NL:
	                case NL_LIKE:
	                case TAB:
	                    this.text += `${chunk.slice(start, this.prevI)} `;
	                    start = this.i;
	                    break;
	                case LESS:
	                    this.text += chunk.slice(start, this.prevI);
	                    this.fail("disallowed character.");
	                    return;
	                case EOC:
	                    this.text += chunk.slice(start);
	                    return;
	            }
	        }
	    }
	    sAttribValueClosed() {
	        const c = this.getCodeNorm();
	        if (isS(c)) {
	            this.state = S_ATTRIB;
	        }
	        else if (c === GREATER) {
	            this.openTag();
	        }
	        else if (c === FORWARD_SLASH) {
	            this.state = S_OPEN_TAG_SLASH;
	        }
	        else if (isNameStartChar(c)) {
	            this.fail("no whitespace between attributes.");
	            this.unget();
	            this.state = S_ATTRIB_NAME;
	        }
	        else {
	            this.fail("disallowed character in attribute name.");
	        }
	    }
	    sAttribValueUnquoted() {
	        // We don't do anything regarding EOL or space handling for unquoted
	        // attributes. We already have failed by the time we get here, and the
	        // contract that saxes upholds states that upon failure, it is not safe to
	        // rely on the data passed to event handlers (other than
	        // ``onerror``). Passing "bad" data is not a problem.
	        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
	        switch (c) {
	            case AMP:
	                this.state = S_ENTITY;
	                this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
	                break;
	            case LESS:
	                this.fail("disallowed character.");
	                break;
	            case EOC:
	                break;
	            default:
	                if (this.text.includes("]]>")) {
	                    this.fail("the string \"]]>\" is disallowed in char data.");
	                }
	                this.pushAttrib(this.name, this.text);
	                this.name = this.text = "";
	                if (c === GREATER) {
	                    this.openTag();
	                }
	                else {
	                    this.state = S_ATTRIB;
	                }
	        }
	    }
	    sCloseTag() {
	        const c = this.captureNameChars();
	        if (c === GREATER) {
	            this.closeTag();
	        }
	        else if (isS(c)) {
	            this.state = S_CLOSE_TAG_SAW_WHITE;
	        }
	        else if (c !== EOC) {
	            this.fail("disallowed character in closing tag.");
	        }
	    }
	    sCloseTagSawWhite() {
	        switch (this.skipSpaces()) {
	            case GREATER:
	                this.closeTag();
	                break;
	            case EOC:
	                break;
	            default:
	                this.fail("disallowed character in closing tag.");
	        }
	    }
	    // END OF STATE ENGINE METHODS
	    handleTextInRoot() {
	        // This is essentially a specialized version of captureTo which is optimized
	        // for performing the ]]> check. A previous version of this code, checked
	        // ``this.text`` for the presence of ]]>. It simplified the code but was
	        // very costly when character data contained a lot of entities to be parsed.
	        //
	        // Since we are using a specialized loop, we also keep track of the presence
	        // of ]]> in text data. The sequence ]]> is forbidden to appear as-is.
	        //
	        let { i: start, forbiddenState } = this;
	        const { chunk, textHandler: handler } = this;
	        // eslint-disable-next-line no-labels, no-restricted-syntax
	        scanLoop: 
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            switch (this.getCode()) {
	                case LESS: {
	                    this.state = S_OPEN_WAKA;
	                    if (handler !== undefined) {
	                        const { text } = this;
	                        const slice = chunk.slice(start, this.prevI);
	                        if (text.length !== 0) {
	                            handler(text + slice);
	                            this.text = "";
	                        }
	                        else if (slice.length !== 0) {
	                            handler(slice);
	                        }
	                    }
	                    forbiddenState = FORBIDDEN_START;
	                    // eslint-disable-next-line no-labels
	                    break scanLoop;
	                }
	                case AMP:
	                    this.state = S_ENTITY;
	                    this.entityReturnState = S_TEXT;
	                    if (handler !== undefined) {
	                        this.text += chunk.slice(start, this.prevI);
	                    }
	                    forbiddenState = FORBIDDEN_START;
	                    // eslint-disable-next-line no-labels
	                    break scanLoop;
	                case CLOSE_BRACKET:
	                    switch (forbiddenState) {
	                        case FORBIDDEN_START:
	                            forbiddenState = FORBIDDEN_BRACKET;
	                            break;
	                        case FORBIDDEN_BRACKET:
	                            forbiddenState = FORBIDDEN_BRACKET_BRACKET;
	                            break;
	                        case FORBIDDEN_BRACKET_BRACKET:
	                            break;
	                        default:
	                            throw new Error("impossible state");
	                    }
	                    break;
	                case GREATER:
	                    if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
	                        this.fail("the string \"]]>\" is disallowed in char data.");
	                    }
	                    forbiddenState = FORBIDDEN_START;
	                    break;
	                case NL_LIKE:
	                    if (handler !== undefined) {
	                        this.text += `${chunk.slice(start, this.prevI)}\n`;
	                    }
	                    start = this.i;
	                    forbiddenState = FORBIDDEN_START;
	                    break;
	                case EOC:
	                    if (handler !== undefined) {
	                        this.text += chunk.slice(start);
	                    }
	                    // eslint-disable-next-line no-labels
	                    break scanLoop;
	                default:
	                    forbiddenState = FORBIDDEN_START;
	            }
	        }
	        this.forbiddenState = forbiddenState;
	    }
	    handleTextOutsideRoot() {
	        // This is essentially a specialized version of captureTo which is optimized
	        // for a specialized task. We keep track of the presence of non-space
	        // characters in the text since these are errors when appearing outside the
	        // document root element.
	        let { i: start } = this;
	        const { chunk, textHandler: handler } = this;
	        let nonSpace = false;
	        // eslint-disable-next-line no-labels, no-restricted-syntax
	        outRootLoop: 
	        // eslint-disable-next-line no-constant-condition
	        while (true) {
	            const code = this.getCode();
	            switch (code) {
	                case LESS: {
	                    this.state = S_OPEN_WAKA;
	                    if (handler !== undefined) {
	                        const { text } = this;
	                        const slice = chunk.slice(start, this.prevI);
	                        if (text.length !== 0) {
	                            handler(text + slice);
	                            this.text = "";
	                        }
	                        else if (slice.length !== 0) {
	                            handler(slice);
	                        }
	                    }
	                    // eslint-disable-next-line no-labels
	                    break outRootLoop;
	                }
	                case AMP:
	                    this.state = S_ENTITY;
	                    this.entityReturnState = S_TEXT;
	                    if (handler !== undefined) {
	                        this.text += chunk.slice(start, this.prevI);
	                    }
	                    nonSpace = true;
	                    // eslint-disable-next-line no-labels
	                    break outRootLoop;
	                case NL_LIKE:
	                    if (handler !== undefined) {
	                        this.text += `${chunk.slice(start, this.prevI)}\n`;
	                    }
	                    start = this.i;
	                    break;
	                case EOC:
	                    if (handler !== undefined) {
	                        this.text += chunk.slice(start);
	                    }
	                    // eslint-disable-next-line no-labels
	                    break outRootLoop;
	                default:
	                    if (!isS(code)) {
	                        nonSpace = true;
	                    }
	            }
	        }
	        if (!nonSpace) {
	            return;
	        }
	        // We use the reportedTextBeforeRoot and reportedTextAfterRoot flags
	        // to avoid reporting errors for every single character that is out of
	        // place.
	        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
	            this.fail("text data outside of root node.");
	            this.reportedTextBeforeRoot = true;
	        }
	        if (this.closedRoot && !this.reportedTextAfterRoot) {
	            this.fail("text data outside of root node.");
	            this.reportedTextAfterRoot = true;
	        }
	    }
	    pushAttribNS(name, value) {
	        var _a;
	        const { prefix, local } = this.qname(name);
	        const attr = { name, prefix, local, value };
	        this.attribList.push(attr);
	        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
	        if (prefix === "xmlns") {
	            const trimmed = value.trim();
	            if (this.currentXMLVersion === "1.0" && trimmed === "") {
	                this.fail("invalid attempt to undefine prefix in XML 1.0");
	            }
	            this.topNS[local] = trimmed;
	            nsPairCheck(this, local, trimmed);
	        }
	        else if (name === "xmlns") {
	            const trimmed = value.trim();
	            this.topNS[""] = trimmed;
	            nsPairCheck(this, "", trimmed);
	        }
	    }
	    pushAttribPlain(name, value) {
	        var _a;
	        const attr = { name, value };
	        this.attribList.push(attr);
	        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
	    }
	    /**
	     * End parsing. This performs final well-formedness checks and resets the
	     * parser to a clean state.
	     *
	     * @returns this
	     */
	    end() {
	        var _a, _b;
	        if (!this.sawRoot) {
	            this.fail("document must contain a root element.");
	        }
	        const { tags } = this;
	        while (tags.length > 0) {
	            const tag = tags.pop();
	            this.fail(`unclosed tag: ${tag.name}`);
	        }
	        if ((this.state !== S_BEGIN) && (this.state !== S_TEXT)) {
	            this.fail("unexpected end.");
	        }
	        const { text } = this;
	        if (text.length !== 0) {
	            (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
	            this.text = "";
	        }
	        this._closed = true;
	        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
	        this._init();
	        return this;
	    }
	    /**
	     * Resolve a namespace prefix.
	     *
	     * @param prefix The prefix to resolve.
	     *
	     * @returns The namespace URI or ``undefined`` if the prefix is not defined.
	     */
	    resolve(prefix) {
	        var _a, _b;
	        let uri = this.topNS[prefix];
	        if (uri !== undefined) {
	            return uri;
	        }
	        const { tags } = this;
	        for (let index = tags.length - 1; index >= 0; index--) {
	            uri = tags[index].ns[prefix];
	            if (uri !== undefined) {
	                return uri;
	            }
	        }
	        uri = this.ns[prefix];
	        if (uri !== undefined) {
	            return uri;
	        }
	        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
	    }
	    /**
	     * Parse a qname into its prefix and local name parts.
	     *
	     * @param name The name to parse
	     *
	     * @returns
	     */
	    qname(name) {
	        // This is faster than using name.split(":").
	        const colon = name.indexOf(":");
	        if (colon === -1) {
	            return { prefix: "", local: name };
	        }
	        const local = name.slice(colon + 1);
	        const prefix = name.slice(0, colon);
	        if (prefix === "" || local === "" || local.includes(":")) {
	            this.fail(`malformed name: ${name}.`);
	        }
	        return { prefix, local };
	    }
	    processAttribsNS() {
	        var _a;
	        const { attribList } = this;
	        const tag = this.tag;
	        {
	            // add namespace info to tag
	            const { prefix, local } = this.qname(tag.name);
	            tag.prefix = prefix;
	            tag.local = local;
	            const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
	            if (prefix !== "") {
	                if (prefix === "xmlns") {
	                    this.fail("tags may not have \"xmlns\" as prefix.");
	                }
	                if (uri === "") {
	                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
	                    tag.uri = prefix;
	                }
	            }
	        }
	        if (attribList.length === 0) {
	            return;
	        }
	        const { attributes } = tag;
	        const seen = new Set();
	        // Note: do not apply default ns to attributes:
	        //   http://www.w3.org/TR/REC-xml-names/#defaulting
	        for (const attr of attribList) {
	            const { name, prefix, local } = attr;
	            let uri;
	            let eqname;
	            if (prefix === "") {
	                uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
	                eqname = name;
	            }
	            else {
	                uri = this.resolve(prefix);
	                // if there's any attributes with an undefined namespace,
	                // then fail on them now.
	                if (uri === undefined) {
	                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
	                    uri = prefix;
	                }
	                eqname = `{${uri}}${local}`;
	            }
	            if (seen.has(eqname)) {
	                this.fail(`duplicate attribute: ${eqname}.`);
	            }
	            seen.add(eqname);
	            attr.uri = uri;
	            attributes[name] = attr;
	        }
	        this.attribList = [];
	    }
	    processAttribsPlain() {
	        const { attribList } = this;
	        // eslint-disable-next-line prefer-destructuring
	        const attributes = this.tag.attributes;
	        for (const { name, value } of attribList) {
	            if (attributes[name] !== undefined) {
	                this.fail(`duplicate attribute: ${name}.`);
	            }
	            attributes[name] = value;
	        }
	        this.attribList = [];
	    }
	    /**
	     * Handle a complete open tag. This parser code calls this once it has seen
	     * the whole tag. This method checks for well-formeness and then emits
	     * ``onopentag``.
	     */
	    openTag() {
	        var _a;
	        this.processAttribs();
	        const { tags } = this;
	        const tag = this.tag;
	        tag.isSelfClosing = false;
	        // There cannot be any pending text here due to the onopentagstart that was
	        // necessarily emitted before we get here. So we do not check text.
	        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
	        tags.push(tag);
	        this.state = S_TEXT;
	        this.name = "";
	    }
	    /**
	     * Handle a complete self-closing tag. This parser code calls this once it has
	     * seen the whole tag. This method checks for well-formeness and then emits
	     * ``onopentag`` and ``onclosetag``.
	     */
	    openSelfClosingTag() {
	        var _a, _b, _c;
	        this.processAttribs();
	        const { tags } = this;
	        const tag = this.tag;
	        tag.isSelfClosing = true;
	        // There cannot be any pending text here due to the onopentagstart that was
	        // necessarily emitted before we get here. So we do not check text.
	        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
	        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
	        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
	        if (top === null) {
	            this.closedRoot = true;
	        }
	        this.state = S_TEXT;
	        this.name = "";
	    }
	    /**
	     * Handle a complete close tag. This parser code calls this once it has seen
	     * the whole tag. This method checks for well-formeness and then emits
	     * ``onclosetag``.
	     */
	    closeTag() {
	        const { tags, name } = this;
	        // Our state after this will be S_TEXT, no matter what, and we can clear
	        // tagName now.
	        this.state = S_TEXT;
	        this.name = "";
	        if (name === "") {
	            this.fail("weird empty close tag.");
	            this.text += "</>";
	            return;
	        }
	        const handler = this.closeTagHandler;
	        let l = tags.length;
	        while (l-- > 0) {
	            const tag = this.tag = tags.pop();
	            this.topNS = tag.ns;
	            handler === null || handler === void 0 ? void 0 : handler(tag);
	            if (tag.name === name) {
	                break;
	            }
	            this.fail("unexpected close tag.");
	        }
	        if (l === 0) {
	            this.closedRoot = true;
	        }
	        else if (l < 0) {
	            this.fail(`unmatched closing tag: ${name}.`);
	            this.text += `</${name}>`;
	        }
	    }
	    /**
	     * Resolves an entity. Makes any necessary well-formedness checks.
	     *
	     * @param entity The entity to resolve.
	     *
	     * @returns The parsed entity.
	     */
	    parseEntity(entity) {
	        // startsWith would be significantly slower for this test.
	        if (entity[0] !== "#") {
	            const defined = this.ENTITIES[entity];
	            if (defined !== undefined) {
	                return defined;
	            }
	            this.fail(this.isName(entity) ? "undefined entity." :
	                "disallowed character in entity name.");
	            return `&${entity};`;
	        }
	        let num = NaN;
	        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
	            num = parseInt(entity.slice(2), 16);
	        }
	        else if (/^#[0-9]+$/.test(entity)) {
	            num = parseInt(entity.slice(1), 10);
	        }
	        // The character reference is required to match the CHAR production.
	        if (!this.isChar(num)) {
	            this.fail("malformed character entity.");
	            return `&${entity};`;
	        }
	        return String.fromCodePoint(num);
	    }
	}
	saxes.SaxesParser = SaxesParser;
	
	return saxes;
}

var saxesExports = requireSaxes();

/**
 * The one model every report format is read into. Parsers produce it, the
 * analysis reads it, nothing else. Text fields are bounded at parse time so a
 * hostile 20 MB message can never reach the renderers.
 */
/** Bounds applied while parsing; a report can never make us keep more than this. */
const LIMITS = {
    /** Deepest element nesting accepted in an XML report. */
    depth: 256
};

/**
 * Streaming XML driver: one saxes pass per file, dispatched on the root
 * element to the format family that reads it. saxes never expands DTD
 * entities (so no XXE, no billion laughs) and is iterative (no stack
 * overflow); we add a depth bound so a hostile file cannot grow our own stacks.
 */
/** Feeds chunks of one XML document to the reader chosen by its root element. */
class XmlReportParser {
    sax = new saxesExports.SaxesParser({ xmlns: false, position: false });
    reader = null;
    depth = 0;
    failure = null;
    constructor(factories) {
        this.sax.on('error', (err) => {
            throw new ReportError(`not well-formed XML: ${oneLine(err.message)}`);
        });
        this.sax.on('doctype', () => {
            // A DOCTYPE is legal; saxes does not resolve it. Entities it declares
            // are reported as undefined when used, which refuses the file.
        });
        this.sax.on('opentag', (tag) => {
            this.depth++;
            if (this.depth > LIMITS.depth) {
                throw new ReportError(`XML nested deeper than ${LIMITS.depth} elements; refused`);
            }
            const element = {
                name: tag.name,
                attributes: tag.attributes
            };
            if (this.reader === null) {
                for (const factory of factories) {
                    this.reader = factory(element);
                    if (this.reader)
                        break;
                }
                if (this.reader === null) {
                    throw new ReportError(`not a test report: unknown root element <${tag.name.slice(0, 60)}>`);
                }
            }
            this.reader.open(element, this.depth);
        });
        this.sax.on('text', (text) => this.reader?.text(text));
        this.sax.on('cdata', (text) => this.reader?.text(text));
        this.sax.on('closetag', (tag) => {
            this.reader?.close(tag.name, this.depth);
            this.depth--;
        });
    }
    write(chunk) {
        if (this.failure)
            return;
        try {
            this.sax.write(chunk);
        }
        catch (err) {
            this.failure = err;
        }
    }
    finish() {
        if (!this.failure) {
            try {
                this.sax.close();
            }
            catch (err) {
                this.failure = err;
            }
        }
        if (this.failure) {
            throw this.failure instanceof ReportError
                ? this.failure
                : new ReportError(oneLine(this.failure.message));
        }
        if (this.reader === null)
            throw new ReportError('empty XML document');
        return this.reader.finish();
    }
}

/**
 * Reads one report file into the model. The format is told by content, never
 * by file name: XML by its root element, JSON by its shape, TAP by its lines.
 * A file that cannot be read is refused with a one-line reason; it never
 * throws, so one bad file cannot cost the others.
 */
const XML_READERS = [
    junitReader,
    nunitReader,
    xunitReader,
    trxReader
];
/** Non-XML reports are read whole; beyond this size they are refused. */
const MAX_TEXT_REPORT_BYTES = 256 * 1024 * 1024;
async function readReport(path) {
    try {
        const info = await stat$1(path);
        if (!info.isFile())
            throw new ReportError('not a regular file');
        if (info.size === 0)
            throw new ReportError('empty file');
        const parsed = await parseStream(createReadStream(path, { highWaterMark: 256 * 1024 }), info.size);
        return { path, error: null, ...parsed };
    }
    catch (err) {
        return refused(path, err);
    }
}
async function parseStream(stream, size) {
    const decoder = new StringDecoder('utf8');
    let kind = null;
    let xml = null;
    for await (const chunk of stream) {
        let text = decoder.write(chunk);
        if (kind === null) {
            if (chunk.subarray(0, 8192).includes(0)) {
                throw new ReportError('binary file, not a test report');
            }
            text = text.replace(/^\uFEFF/, '');
            kind = sniff(text);
            if (kind === 'xml')
                xml = new XmlReportParser(XML_READERS);
            else if (size > MAX_TEXT_REPORT_BYTES) {
                throw new ReportError(`${Math.round(size / 1048576)} MiB is too large for a non-XML report`);
            }
        }
        if (xml)
            xml.write(text);
    }
    const rest = decoder.end();
    if (xml) {
        if (rest)
            xml.write(rest);
        return xml.finish();
    }
    return parseWholeText(kind ?? 'text');
}
function sniff(text) {
    const start = text.replace(/^\uFEFF/, '').trimStart();
    if (start === '')
        throw new ReportError('empty file');
    if (start.startsWith('<'))
        return 'xml';
    if (start.startsWith('{') || start.startsWith('['))
        return 'json';
    return 'text';
}
function parseWholeText(kind, text) {
    if (kind === 'json')
        return parseJsonReport();
    throw new ReportError('not a test report: neither XML, JSON nor TAP');
}
function refused(path, err) {
    const reason = err instanceof ReportError
        ? err.message
        : oneLine(err instanceof Error ? err.message : String(err));
    return {
        path,
        format: null,
        producer: null,
        suites: [],
        warnings: [],
        error: reason
    };
}

/** The machine-readable document (`--json`, the action's `json` output). */
function toJsonDocument(analysis) {
    return {
        totals: analysis.totals,
        rates: analysis.rates,
        suites: analysis.suites.map((suite) => ({
            name: suite.name,
            file: suite.file,
            report: suite.report,
            totals: suite.totals,
            rates: suite.rates
        })),
        reports: analysis.reports.map((report) => ({
            path: report.path,
            format: report.format,
            producer: report.producer,
            totals: reportTotals(report),
            warnings: report.warnings,
            error: report.error
        })),
        causes: analysis.causes,
        gate: analysis.gate,
        warnings: analysis.warnings
    };
}
function renderJson(analysis) {
    return `${JSON.stringify(toJsonDocument(analysis), null, 2)}\n`;
}

function renderCauseSections(_analysis) {
    return [];
}

/**
 * Everything that comes from a report is untrusted: it must render as text,
 * never as live HTML, a mention that pings, a link, or our own marker.
 */
const HTML = /[&<>"]/g;
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;'
};
/** Inline text, safe inside a paragraph or a table cell. */
function escapeInline(text) {
    return (text
        .replace(HTML, (ch) => HTML_ENTITIES[ch])
        // Markdown punctuation that could start emphasis, links, code or tables.
        .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
        // `@user` and `#123` must not ping or link: a zero-width joiner breaks them.
        .replace(/@(?=[A-Za-z0-9])/g, '@\u200d')
        .replace(/\r?\n/g, ' '));
}

/** The report a person reads: the comment the action posts, the CLI's default output. */
const percent = (fraction) => fraction === null ? 'n/a' : `${formatPercent(fraction)}%`;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function headline(analysis) {
    const { totals } = analysis;
    if (totals.tests === 0)
        return '⚪ No tests found in the reports.';
    const broken = totals.failed + totals.errors;
    const ran = totals.tests - totals.skipped;
    const parts = [`${ran} of ${totals.tests} tests ran`];
    if (broken > 0)
        parts.push(`${broken} did not pass`);
    if (totals.skipped > 0)
        parts.push(`${totals.skipped} skipped`);
    const icon = !analysis.gate.passed || broken > 0
        ? '🔴'
        : totals.skipped > 0
            ? '🟡'
            : '🟢';
    const verdict = broken === 0 && totals.skipped === 0
        ? 'All tests passed'
        : broken === 0
            ? 'No failures, but not every test ran'
            : 'Tests failed';
    return `${icon} **${verdict}**: ${parts.join(', ')}.`;
}
function suiteRow(name, totals, rates) {
    return `| ${name} | ${totals.tests} | ${totals.passed} | ${totals.failed} | ${totals.errors} | ${totals.skipped} | ${percent(rates.pass)} |`;
}
function suiteTable(analysis) {
    const lines = [
        '| Suite | Total | Passed | Failed | Errors | Skipped | Success rate |',
        '| :--- | ---: | ---: | ---: | ---: | ---: | ---: |'
    ];
    for (const suite of analysis.suites) {
        lines.push(suiteRow(escapeInline(suite.name || '(unnamed)'), suite.totals, suite.rates));
    }
    lines.push(suiteRow('**All suites**', analysis.totals, analysis.rates));
    return lines.join('\n');
}
function keyMetrics(analysis) {
    const { totals, rates } = analysis;
    const ran = totals.tests - totals.skipped;
    return [
        `- **Execution rate: ${percent(rates.execution)}** (${ran} of ${plural(totals.tests, 'test')} attempted)`,
        `- **Skip rate: ${percent(rates.skip)}** (${totals.skipped} skipped)`,
        `- **Failure rate of what ran: ${percent(rates.failure)}** (${totals.failed} failed, ${plural(totals.errors, 'error')} of ${ran} run)`,
        `- **Pass rate: ${percent(rates.pass)}** (${totals.passed} of ${totals.tests} passed)`
    ].join('\n');
}
function gateSection(analysis) {
    if (analysis.gate.passed)
        return null;
    return [
        '### ⛔ Gate failed',
        '',
        ...analysis.gate.reasons.map((reason) => `- ${reason}`)
    ].join('\n');
}
function warningSection(analysis) {
    if (analysis.warnings.length === 0)
        return null;
    return [
        '### ⚠️ Warnings',
        '',
        ...analysis.warnings.map((warning) => `- ${escapeInline(warning)}`)
    ].join('\n');
}
function renderMarkdown(analysis, options = {}) {
    const sections = [
        `## ${escapeInline(options.title ?? 'Test triage')}`,
        headline(analysis),
        suiteTable(analysis),
        '### Key metrics',
        keyMetrics(analysis),
        gateSection(analysis),
        ...renderCauseSections(),
        warningSection(analysis)
    ];
    return `${sections.filter((s) => s !== null).join('\n\n')}\n`;
}

/** The command line: `ci-triage [options] <files, folders or globs...>`. */
const USAGE = `Usage: ci-triage [options] <files, folders or globs...>

Reads test reports (JUnit XML and its dialects, NUnit, xUnit.net, TRX, TAP,
CTRF, mocha/jest/go/dart/rspec JSON), measures execution, skip, failure and
pass rates, and groups failures by root cause.

Options:
  --markdown                  print the report as markdown (default)
  --json                      print one JSON document
  --min-execution-rate <pct>  fail (exit 1) when fewer tests ran
  --min-pass-rate <pct>       fail (exit 1) when fewer tests passed
  --max-skip-rate <pct>       fail (exit 1) when more tests were skipped
  --fail-on-infrastructure    fail (exit 1) when an infrastructure cause is found
  --source-root <dir>         source tree used for fix hints
  --title <text>              heading of the markdown report
  -h, --help                  show this help

Exit codes: 0 done, 1 a gate threshold failed, 2 bad usage or no readable report.`;
class UsageError extends Error {
}
function percentOption(name, value) {
    if (value === undefined)
        return undefined;
    const number = Number(value.replace(/%$/, ''));
    if (value.trim() === '' ||
        !Number.isFinite(number) ||
        number < 0 ||
        number > 100) {
        throw new UsageError(`--${name} must be a percent between 0 and 100, got "${value}"`);
    }
    return number;
}
async function main(argv) {
    let args;
    try {
        args = parseArgs({
            args: argv,
            allowPositionals: true,
            options: {
                json: { type: 'boolean' },
                markdown: { type: 'boolean' },
                'min-execution-rate': { type: 'string' },
                'min-pass-rate': { type: 'string' },
                'max-skip-rate': { type: 'string' },
                'fail-on-infrastructure': { type: 'boolean' },
                'source-root': { type: 'string' },
                title: { type: 'string' },
                help: { type: 'boolean', short: 'h' }
            }
        });
    }
    catch (err) {
        process.stderr.write(`ci-triage: ${err.message}\n\n${USAGE}\n`);
        return 2;
    }
    const { values, positionals } = args;
    if (values.help) {
        process.stdout.write(`${USAGE}\n`);
        return 0;
    }
    let thresholds;
    try {
        if (positionals.length === 0)
            throw new UsageError('no report files given');
        if (values.json && values.markdown) {
            throw new UsageError('choose one of --json and --markdown');
        }
        thresholds = {
            minExecutionRate: percentOption('min-execution-rate', values['min-execution-rate']),
            minPassRate: percentOption('min-pass-rate', values['min-pass-rate']),
            maxSkipRate: percentOption('max-skip-rate', values['max-skip-rate']),
            failOnInfrastructure: values['fail-on-infrastructure'] ?? false
        };
    }
    catch (err) {
        process.stderr.write(`ci-triage: ${err.message}\n\n${USAGE}\n`);
        return 2;
    }
    const collected = await collectFiles(positionals);
    for (const line of collected.missing)
        process.stderr.write(`warning: ${line}\n`);
    const reports = [];
    for (const file of collected.files)
        reports.push(await readReport(file));
    const analysis = analyze(reports, { thresholds });
    for (const warning of analysis.warnings)
        process.stderr.write(`warning: ${warning}\n`);
    process.stdout.write(values.json
        ? renderJson(analysis)
        : renderMarkdown(analysis, { title: values.title }));
    if (!reports.some((report) => report.error === null)) {
        process.stderr.write('ci-triage: no readable test report\n');
        return 2;
    }
    return analysis.gate.passed ? 0 : 1;
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(`ci-triage: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 2;
});

export { UsageError, main };
