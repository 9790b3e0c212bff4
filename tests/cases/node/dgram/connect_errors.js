// remoteAddress/disconnect before connect: ERR_SOCKET_DGRAM_NOT_CONNECTED; a second connect or a
// destination on a connected socket: ERR_SOCKET_DGRAM_IS_CONNECTED; bad ports: ERR_SOCKET_BAD_PORT.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
function attempt(label, f) {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.code, e.message); }
}
attempt('remoteAddress', () => s.remoteAddress());
attempt('disconnect', () => s.disconnect());
attempt('connect 0', () => s.connect(0, '127.0.0.1'));
attempt('connect bad address', () => s.connect(1234, 5));
s.connect(9, '127.0.0.1', () => {
  attempt('connect again', () => s.connect(9, '127.0.0.1'));
  attempt('send with port', () => s.send('x', 9, '127.0.0.1'));
  attempt('remoteAddress', () => console.log(s.remoteAddress().port));
  s.close();
});
attempt('connect while connecting', () => s.connect(9, '127.0.0.1'));
