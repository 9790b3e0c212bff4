// v0.8 documents process.maxTickDepth (default 1000); node 20 no longer has it
// (manual, process.maxTickDepth): recorded by hand.
console.log(typeof process.maxTickDepth, process.maxTickDepth);
