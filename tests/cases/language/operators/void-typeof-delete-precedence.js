// Unary operators chain right to left and bind tighter than binary ones.
console.log(typeof void 0, void typeof 0, !typeof 0);
console.log(-~5, ~-5, !-0, -!0, +!!"x");
console.log(typeof -"x", typeof !"x", typeof ~"x");
var o = { p: 1 };
console.log(!delete o.p, typeof delete o.q);
console.log(- - -1, ~~~1, !!!0);
console.log(typeof typeof typeof 1);
console.log(void 0 + 1, void 0 + "", (void 0) === undefined);
console.log(2 * -3, -2 * -3, 2 - -3, - (2 + 3));
