// Sending anything but a string, Buffer, TypedArray, DataView or a list of them throws ERR_INVALID_ARG_TYPE.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
for (const msg of [123, {}, [1, 2], true]) {
  try { s.send(msg, 1234, '127.0.0.1'); console.log('no throw'); } catch (e) { console.log(e.name, e.code); console.log(e.message); }
}
s.close();
