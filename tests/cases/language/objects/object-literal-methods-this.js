// Methods in object literals see the literal as this; nested literals get their own.
var outer = {
  name: "outer",
  describe: function () { return this.name; },
  inner: {
    name: "inner",
    describe: function () { return this.name; }
  },
  both: function () { return this.describe() + "+" + this.inner.describe(); }
};
console.log(outer.describe(), outer.inner.describe(), outer.both());
var copy = { name: "copy", describe: outer.describe };
console.log(copy.describe());
var self = { ref: null, init: function () { this.ref = this; return this; } }.init();
console.log(self.ref === self);
