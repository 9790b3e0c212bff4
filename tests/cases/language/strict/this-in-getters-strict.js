// Strict getters on primitive prototypes see the primitive; sloppy ones see a wrapper.
Object.defineProperty(Number.prototype, "strictKind", {
  get: function () { "use strict"; return typeof this; }, configurable: true
});
Object.defineProperty(Number.prototype, "sloppyKind", {
  get: function () { return typeof this; }, configurable: true
});
console.log((1).strictKind, (1).sloppyKind);
var o = { get who() { "use strict"; return this === o; } };
console.log(o.who, Object.create(o).who);
delete Number.prototype.strictKind;
delete Number.prototype.sloppyKind;
console.log((1).strictKind);
