let constructed = 0;
class Counting extends Promise {
  constructor(ex) { constructed++; super(ex); }
}
const p = Counting.resolve(1);
console.log('after resolve', constructed);
p.then(() => {});
console.log('after then', constructed);
p.finally(() => {});
console.log('after finally', constructed);
Counting.all([1, 2]);
console.log('after all', constructed);
