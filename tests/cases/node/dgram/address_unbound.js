// address() and socket options need the fd, which exists from bind on: before, EBADF.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
for (const [name, f] of [['address', () => s.address()], ['setBroadcast', () => s.setBroadcast(true)],
  ['setTTL', () => s.setTTL(10)], ['setMulticastTTL', () => s.setMulticastTTL(10)],
  ['setMulticastLoopback', () => s.setMulticastLoopback(true)]]) {
  try { f(); console.log(name, 'ok'); } catch (e) { console.log(name, e.message, e.code, e.errno, e.syscall); }
}
s.close();
