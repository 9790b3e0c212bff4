setImmediate(function () {
  console.log('imm A');
  process.nextTick(function () { console.log('tick after A'); });
});
setImmediate(function () { console.log('imm B'); });
