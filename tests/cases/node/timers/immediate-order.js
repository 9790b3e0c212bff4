setImmediate(function () { console.log('imm 1'); setImmediate(function () { console.log('imm 3 (next turn)'); }); });
setImmediate(function (a, b) { console.log('imm 2', a, b); }, 'x', 'y');
process.nextTick(function () { console.log('tick'); });
console.log('main');
