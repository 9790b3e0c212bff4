// await inside template literal substitutions.
async function f(name) { return `hello ${await name}, you are ${await Promise.resolve(30)} (${1 + await 1})`; }
f('ann').then(function (v) { console.log(v); });
