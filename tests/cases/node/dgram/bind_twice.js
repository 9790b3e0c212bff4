// A second bind throws ERR_SOCKET_ALREADY_BOUND, even while the first is still in progress.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1');
try { s.bind(0); } catch (e) { console.log(e.name, e.code, e.message); }
s.on('listening', () => {
  try { s.bind(0); } catch (e) { console.log(e.name, e.code, e.message); }
  s.close();
});
