// interpreter: a small compiler from an AST of objects to a stack bytecode in an array,
// and a switch-dispatched virtual machine that runs it. The program counts primes and
// sums a polynomial in nested loops.
var OP_PUSH = 0, OP_LOAD = 1, OP_STORE = 2, OP_ADD = 3, OP_SUB = 4, OP_MUL = 5, OP_MOD = 6;
var OP_LT = 7, OP_EQ = 8, OP_JUMP = 9, OP_JUMP_IF_FALSE = 10, OP_HALT = 11, OP_LE = 12;

function num(v) { return { type: 'num', value: v }; }
function ref(name) { return { type: 'var', name: name }; }
function bin(op, left, right) { return { type: 'bin', op: op, left: left, right: right }; }
function assign(name, value) { return { type: 'assign', name: name, value: value }; }
function whileLoop(test, body) { return { type: 'while', test: test, body: body }; }
function ifThen(test, body) { return { type: 'if', test: test, body: body }; }

function Compiler() {
  this.code = [];
  this.slots = {};
  this.slotCount = 0;
}
Compiler.prototype.slot = function (name) {
  if (!this.slots.hasOwnProperty(name)) this.slots[name] = this.slotCount++;
  return this.slots[name];
};
Compiler.prototype.emit = function (op, arg) {
  this.code.push(op, arg === undefined ? 0 : arg);
  return this.code.length - 1;
};
Compiler.prototype.expression = function (node) {
  switch (node.type) {
    case 'num':
      this.emit(OP_PUSH, node.value);
      break;
    case 'var':
      this.emit(OP_LOAD, this.slot(node.name));
      break;
    case 'bin':
      this.expression(node.left);
      this.expression(node.right);
      this.emit({ '+': OP_ADD, '-': OP_SUB, '*': OP_MUL, '%': OP_MOD, '<': OP_LT, '<=': OP_LE, '==': OP_EQ }[node.op]);
      break;
    default:
      throw new Error('bad expression ' + node.type);
  }
};
Compiler.prototype.statements = function (list) {
  for (var i = 0; i < list.length; i++) this.statement(list[i]);
};
Compiler.prototype.statement = function (node) {
  switch (node.type) {
    case 'assign':
      this.expression(node.value);
      this.emit(OP_STORE, this.slot(node.name));
      break;
    case 'while': {
      var top = this.code.length;
      this.expression(node.test);
      var exit = this.emit(OP_JUMP_IF_FALSE);
      this.statements(node.body);
      this.emit(OP_JUMP, top);
      this.code[exit] = this.code.length;
      break;
    }
    case 'if': {
      this.expression(node.test);
      var skip = this.emit(OP_JUMP_IF_FALSE);
      this.statements(node.body);
      this.code[skip] = this.code.length;
      break;
    }
    default:
      throw new Error('bad statement ' + node.type);
  }
};

function run(code, slotCount) {
  var vars = [];
  for (var s = 0; s < slotCount; s++) vars.push(0);
  var stack = [];
  var sp = 0;
  var pc = 0;
  for (;;) {
    var op = code[pc];
    var arg = code[pc + 1];
    pc += 2;
    switch (op) {
      case OP_PUSH: stack[sp++] = arg; break;
      case OP_LOAD: stack[sp++] = vars[arg]; break;
      case OP_STORE: vars[arg] = stack[--sp]; break;
      case OP_ADD: sp--; stack[sp - 1] = stack[sp - 1] + stack[sp]; break;
      case OP_SUB: sp--; stack[sp - 1] = stack[sp - 1] - stack[sp]; break;
      case OP_MUL: sp--; stack[sp - 1] = stack[sp - 1] * stack[sp]; break;
      case OP_MOD: sp--; stack[sp - 1] = stack[sp - 1] % stack[sp]; break;
      case OP_LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; break;
      case OP_LE: sp--; stack[sp - 1] = stack[sp - 1] <= stack[sp] ? 1 : 0; break;
      case OP_EQ: sp--; stack[sp - 1] = stack[sp - 1] === stack[sp] ? 1 : 0; break;
      case OP_JUMP: pc = arg; break;
      case OP_JUMP_IF_FALSE: if (stack[--sp] === 0) pc = arg; break;
      case OP_HALT: return vars;
      default: throw new Error('bad opcode ' + op + ' at ' + (pc - 2));
    }
  }
}

// primes = 0; n = 2; while (n < limit) { d = 2; isPrime = 1;
//   while (d * d <= n) { if (n % d == 0) { isPrime = 0; d = n; } d = d + 1; }
//   primes = primes + isPrime; n = n + 1; }
// acc = 0; i = 0; while (i < limit) { acc = (acc + i * i * 3 + i * 7 + 11) % 1000003; i = i + 1; }
function program(limit) {
  return [
    assign('primes', num(0)),
    assign('n', num(2)),
    whileLoop(bin('<', ref('n'), num(limit)), [
      assign('d', num(2)),
      assign('isPrime', num(1)),
      whileLoop(bin('<=', bin('*', ref('d'), ref('d')), ref('n')), [
        ifThen(bin('==', bin('%', ref('n'), ref('d')), num(0)), [assign('isPrime', num(0)), assign('d', ref('n'))]),
        assign('d', bin('+', ref('d'), num(1))),
      ]),
      assign('primes', bin('+', ref('primes'), ref('isPrime'))),
      assign('n', bin('+', ref('n'), num(1))),
    ]),
    assign('acc', num(0)),
    assign('i', num(0)),
    whileLoop(bin('<', ref('i'), num(limit)), [
      assign('acc', bin('%', bin('+', bin('+', bin('+', ref('acc'), bin('*', bin('*', ref('i'), ref('i')), num(3))), bin('*', ref('i'), num(7))), num(11)), num(1000003))),
      assign('i', bin('+', ref('i'), num(1))),
    ]),
  ];
}

var compiler = new Compiler();
compiler.statements(program(60000));
compiler.emit(OP_HALT);
var vars = run(compiler.code, compiler.slotCount);
console.log('interpreter ' + vars[compiler.slot('primes')] + ' ' + vars[compiler.slot('acc')] + ' ' + compiler.code.length);
