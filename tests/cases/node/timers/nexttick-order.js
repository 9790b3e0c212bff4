process.nextTick(function () {
  console.log('tick 1');
  process.nextTick(function () { console.log('tick 3 (nested)'); });
});
process.nextTick(function (a, b) { console.log('tick 2', a, b); }, 1, 2);
setTimeout(function () {
  console.log('timeout');
  process.nextTick(function () { console.log('tick in timeout'); });
}, 1);
setTimeout(function () { console.log('timeout 2'); }, 1);
console.log('main');
