const { Console } = require('console');
console.log(require('console') === console, typeof console.Console);
const c = new Console(process.stdout);
c.log('a %d', 1); c.group('g'); c.info('x'); c.groupEnd(); c.count(); c.count(); c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.log(Object.keys(c).filter(k => k !== 'table').length);
const log = c.log; log('bound');
const d = new Console({ stdout: process.stdout });
d.warn('warn goes to stdout when stderr is omitted');
try { new Console(); } catch (e) { console.log(e.code); }
try { new Console({ stdout: 1 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { new Console(process.stdout, 5); } catch (e) { console.log(e.message); }
