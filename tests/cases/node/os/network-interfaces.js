// networkInterfaces: arrays of address records with node's fields.
var os = require('os');
var nics = os.networkInterfaces();
var names = Object.keys(nics);
console.log(typeof nics, names.length > 0);
var ok = true, sawLoopback = false;
names.forEach(function (name) {
  nics[name].forEach(function (a) {
    if (a.internal) sawLoopback = true;
    if (typeof a.address !== 'string' || typeof a.netmask !== 'string' || typeof a.mac !== 'string') ok = false;
    if (a.family !== 'IPv4' && a.family !== 'IPv6') ok = false;
    if (a.cidr.indexOf(a.address + '/') !== 0) ok = false;
    if ((a.family === 'IPv6') !== ('scopeid' in a)) ok = false;
    if (!/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac)) ok = false;
  });
});
console.log(ok, sawLoopback);
var lo = [];
names.forEach(function (n) { nics[n].forEach(function (a) { if (a.internal && a.family === 'IPv4') lo.push(a); }); });
console.log(lo.length > 0 && lo[0].address === '127.0.0.1', lo.length > 0 && lo[0].netmask, lo.length > 0 && Object.keys(lo[0]));
