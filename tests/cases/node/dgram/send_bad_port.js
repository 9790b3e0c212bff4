// Ports outside 1..65535 throw ERR_SOCKET_BAD_PORT (RangeError) before anything is sent.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
for (const port of [0, -1, 65536, 'abc', 1.5, null]) {
  try { s.send('x', port, '127.0.0.1'); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
s.close();
