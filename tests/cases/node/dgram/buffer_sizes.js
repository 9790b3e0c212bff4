// Buffer sizes: before bind ERR_SOCKET_BUFFER_SIZE (EBADF); bad sizes ERR_SOCKET_BAD_BUFFER_SIZE; after bind set/get.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
try { s.setRecvBufferSize(8192); } catch (e) { console.log(e.name, e.code, e.message); }
try { s.getSendBufferSize(); } catch (e) { console.log(e.name, e.code, e.message); }
s.bind(0, '127.0.0.1', () => {
  try { s.setRecvBufferSize(-1); } catch (e) { console.log(e.name, e.code, e.message); }
  try { s.setSendBufferSize('big'); } catch (e) { console.log(e.name, e.code, e.message); }
  s.setRecvBufferSize(16384);
  s.setSendBufferSize(16384);
  console.log(s.getRecvBufferSize() >= 16384, s.getSendBufferSize() >= 16384);
  console.log(typeof s.getRecvBufferSize(), s.getSendQueueSize(), s.getSendQueueCount());
  s.close();
});
