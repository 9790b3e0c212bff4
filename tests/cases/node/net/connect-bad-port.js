// Out-of-range ports throw ERR_SOCKET_BAD_PORT.
var net = require('net');
[-1, 65536].forEach(function (p) {
  try { net.connect(p, '127.0.0.1'); console.log('no throw', p); }
  catch (e) { console.log(e.name, e.code); }
});
try { net.createServer().listen(70000); } catch (e) { console.log(e.name, e.code); }
