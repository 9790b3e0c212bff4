// createSocket needs 'udp4' or 'udp6' (as a string or options.type).
const dgram = require('dgram');
for (const t of ['udp5', undefined, { type: 'tcp' }, 4]) {
  try { dgram.createSocket(t); console.log('created'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const s = dgram.createSocket({ type: 'udp4' });
console.log(s.type, s instanceof dgram.Socket, s instanceof require('events'));
s.close();
