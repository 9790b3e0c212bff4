// The code that threw runs its finally blocks before 'uncaughtException' listeners see the error.
var order = [];
process.on('uncaughtException', function(e) {
  order.push('listener ' + e.message);
  console.log(order.join(', '));
});
setTimeout(function() {
  try {
    try {
      throw new Error('boom');
    } finally {
      order.push('inner finally');
    }
  } finally {
    order.push('outer finally');
  }
}, 1);
