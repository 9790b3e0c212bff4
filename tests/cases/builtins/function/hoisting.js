// Function declarations are hoisted with their body; expressions are not.
console.log(typeof early, typeof notYet);
function early() { return "early"; }
var notYet = function () {};
console.log(early(), typeof notYet);
function twice() { return 1; }
function twice() { return 2; }
console.log(twice());
{
  function inBlock() { return "block"; }
}
console.log(typeof inBlock, inBlock());
(function () {
  console.log(typeof inner);
  if (true) { function inner() {} }
  console.log(typeof inner);
})();
