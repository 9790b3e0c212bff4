setTimeout(function (a, b, c) {
  console.log(a, b, c, arguments.length);
  console.log(typeof this, this === timer, this.constructor.name);
}, 1, 'x', 2, undefined);
var timer = setTimeout(function () {}, 1);
timer = null;
var t2 = setTimeout(function () { console.log('this is t2', this === t2); }, 2);
