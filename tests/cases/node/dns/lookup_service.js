// lookupService(address, port, cb): host name and service name; argument errors.
const dns = require('dns');
function attempt(label, f) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
attempt('two args', () => dns.lookupService('127.0.0.1', 22));
attempt('bad address', () => dns.lookupService('nope', 22, () => {}));
attempt('address type', () => dns.lookupService(1, 22, () => {}));
attempt('bad port', () => dns.lookupService('127.0.0.1', 70000, () => {}));
attempt('no callback', () => dns.lookupService('127.0.0.1', 22, null));
dns.lookupService('127.0.0.1', 22, (err, hostname, service) => {
  console.log(err, hostname, service);
  dns.promises.lookupService('127.0.0.1', 80).then((r) => console.log(r));
});
