console.log(typeof process.env, typeof process.env.PATH);
process.env.JSC_TEST_VAR = 'hello';
console.log(process.env.JSC_TEST_VAR);
delete process.env.JSC_TEST_VAR;
console.log(process.env.JSC_TEST_VAR);
console.log('JSC_TEST_VAR' in process.env);
