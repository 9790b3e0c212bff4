// After close: send, bind, address and a second close throw ERR_SOCKET_DGRAM_NOT_RUNNING.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.on('close', () => console.log('close event'));
s.close();
for (const f of [() => s.send('x', 1234, '127.0.0.1'), () => s.bind(0), () => s.address(), () => s.close()]) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.code, e.message); }
}
console.log('sync end');
