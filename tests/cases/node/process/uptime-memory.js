var u = process.uptime();
console.log(typeof u, u >= 0, u < 100);
var m = process.memoryUsage();
console.log(Object.keys(m).join(','));
console.log(m.rss > 0, m.heapTotal > 0, m.heapUsed > 0);
var c = process.cpuUsage();
console.log(Object.keys(c).join(','), c.user >= 0);
