// reverse of something that is not an IP address throws EINVAL (getHostByAddr) at once.
const dns = require('dns');
const resolver = new dns.Resolver();
for (const ip of ['not-an-ip', '1.2.3', '']) {
  try { resolver.reverse(ip, () => console.log('called')); } catch (e) { console.log(e.message, e.code, e.syscall); }
}
try { resolver.reverse(5, () => {}); } catch (e) { console.log(e.code, e.message); }
