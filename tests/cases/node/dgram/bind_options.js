// bind({ port, address }, cb) and bind(cb) (all interfaces, ephemeral port).
const dgram = require('dgram');
const a = dgram.createSocket('udp4');
a.bind({ port: 0, address: '127.0.0.1' }, () => {
  console.log('a', a.address().address);
  const b = dgram.createSocket('udp4');
  b.bind(() => {
    console.log('b', b.address().address, b.address().family);
    const c = dgram.createSocket('udp6');
    c.bind({}, () => {
      console.log('c', c.address().address, c.address().family);
      a.close(); b.close(); c.close();
    });
  });
});
