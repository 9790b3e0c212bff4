var order = [];
setTimeout(function () { order.push('timeout'); console.log(order.join(' > ')); }, 0);
process.nextTick(function () { order.push('tick1'); });
process.nextTick(function () { order.push('tick2'); });
order.push('sync');
