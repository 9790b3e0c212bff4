// Multicast options on a bound udp4 socket: loopback, interface, membership join/leave; errors for a missing group.
const dgram = require('dgram');
const s = dgram.createSocket({ type: 'udp4', reuseAddr: true });
s.bind(0, () => {
  console.log('loopback', s.setMulticastLoopback(true), s.setMulticastLoopback(0));
  try { s.addMembership(); } catch (e) { console.log(e.name, e.code, e.message); }
  try { s.dropMembership(''); } catch (e) { console.log(e.name, e.code, e.message); }
  try { s.setMulticastInterface(42); } catch (e) { console.log(e.name, e.code, e.message); }
  try { s.addMembership('224.0.0.114', '127.0.0.1'); console.log('joined'); } catch (e) { console.log('join', e.code); }
  try { s.dropMembership('224.0.0.114', '127.0.0.1'); console.log('left'); } catch (e) { console.log('leave', e.code); }
  try { s.dropMembership('224.0.0.114', '127.0.0.1'); console.log('left again'); } catch (e) { console.log(e.message, e.code, e.syscall); }
  try { s.addMembership('1.2.3.4'); } catch (e) { console.log(e.message, e.code); }
  s.close();
});
