// await of a thenable calls its then in a later job.
var thenable = { then: function (resolve) { console.log('then called'); resolve('t'); } };
(async function () { console.log('before'); var v = await thenable; console.log('value', v); })();
console.log('sync');
Promise.resolve().then(function () { console.log('tick 1'); }).then(function () { console.log('tick 2'); }).then(function () { console.log('tick 3'); });
