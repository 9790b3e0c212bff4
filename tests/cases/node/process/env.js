console.log(typeof process.env, typeof process.env.PATH);
process.env.JSC_TEST_VAR = 'hello';
console.log(process.env.JSC_TEST_VAR);
delete process.env.JSC_TEST_VAR;
console.log(process.env.JSC_TEST_VAR);
console.log('JSC_TEST_VAR' in process.env);
process.env.JSC_NUM = 42;
console.log(typeof process.env.JSC_NUM, process.env.JSC_NUM);
process.env.JSC_U = undefined;
console.log(typeof process.env.JSC_U, process.env.JSC_U);
try { Object.defineProperty(process.env, 'JSC_G', { get: function () { return 1; } }); } catch (e) { console.log(e.code); }
console.log(Object.keys(process.env).indexOf('JSC_NUM') >= 0);
delete process.env.JSC_NUM; delete process.env.JSC_U;
