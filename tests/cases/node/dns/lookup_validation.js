// lookup's argument checks: hostname type, family values, callback, options type and fields.
const dns = require('dns');
function attempt(label, f) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
attempt('number host', () => dns.lookup(5, () => {}));
attempt('family 5', () => dns.lookup('localhost', 5, () => {}));
attempt('no callback', () => dns.lookup('localhost'));
attempt('no callback with family', () => dns.lookup('localhost', 4));
attempt('options string', () => dns.lookup('localhost', 'x', () => {}));
attempt('options.family', () => dns.lookup('localhost', { family: 7 }, () => {}));
attempt('options.all', () => dns.lookup('localhost', { all: 1 }, () => {}));
attempt('options.verbatim', () => dns.lookup('localhost', { verbatim: 'yes' }, () => {}));
