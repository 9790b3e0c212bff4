// resolve* argument checks: the name must be a string and the callback a function.
const dns = require('dns');
const r = new dns.Resolver();
function attempt(label, f) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
attempt('number name', () => r.resolve4(42, () => {}));
attempt('no callback', () => r.resolve4('x.test'));
attempt('resolveMx no callback', () => r.resolveMx('x.test', {}));
attempt('resolver timeout', () => new dns.Resolver({ timeout: 'x' }));
attempt('resolver tries', () => new dns.Resolver({ tries: 0 }));
attempt('setServers not array', () => r.setServers('1.2.3.4'));
