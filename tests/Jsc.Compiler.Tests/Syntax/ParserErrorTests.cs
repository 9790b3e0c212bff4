using Jsc.Compiler.Syntax;
using Xunit;

namespace Jsc.Compiler.Tests.Syntax;

/// <summary>
/// Early and syntax errors: source, then the message with acorn's "(line:column)" suffix
/// (0-based column). Messages and positions follow acorn's where acorn reports the error.
/// </summary>
public class ParserErrorTests
{
    [Theory]
    [InlineData(false, "var", "Unexpected end of input (1:3)")]
    [InlineData(false, "a +", "Unexpected end of input (1:3)")]
    [InlineData(false, "\"abc", "Unterminated string constant (1:0)")]
    [InlineData(false, "'abc\\", "Unterminated string constant (1:4)")]
    [InlineData(false, "/* never closed", "Unterminated comment (1:0)")]
    [InlineData(false, "`abc", "Unterminated template (1:0)")]
    [InlineData(false, "1..toString(", "Unexpected end of input (1:12)")]
    [InlineData(false, "0x", "Expected number in radix 16 (1:2)")]
    [InlineData(false, "1_", "Numeric separators are not allowed at the end of numeric literals (1:1)")]
    [InlineData(false, "1__0", "Only one underscore is allowed as numeric separator (1:2)")]
    [InlineData(false, "08n", "Identifier directly after number (1:2)")]
    [InlineData(false, "3in []", "Identifier directly after number (1:1)")]
    [InlineData(false, "\"use strict\"; 010", "Invalid number (1:14)")]
    [InlineData(false, "\"use strict\"; \"\\01\"", "Octal literal in strict mode (1:15)")]
    [InlineData(false, "function f() { \"\\01\"; \"use strict\"; }", "Octal literal in strict mode (1:16)")]
    [InlineData(false, "\"use strict\"; with (a) {}", "'with' in strict mode (1:14)")]
    [InlineData(false, "\"use strict\"; var eval = 1", "Binding eval in strict mode (1:18)")]
    [InlineData(false, "\"use strict\"; arguments = 1", "Assigning to arguments in strict mode (1:14)")]
    [InlineData(false, "\"use strict\"; delete x", "Deleting local variable in strict mode (1:14)")]
    [InlineData(false, "\"use strict\"; var let = 1", "The keyword 'let' is reserved (1:18)")]
    [InlineData(false, "\"use strict\"; function f(a, a) {}", "Argument name clash (1:28)")]
    [InlineData(false, "function f(a = 1) { \"use strict\" }", "Illegal 'use strict' directive in function with non-simple parameter list (1:0)")]
    [InlineData(false, "(a, a) => 1", "Argument name clash (1:4)")]
    [InlineData(false, "let a; let a;", "Identifier 'a' has already been declared (1:11)")]
    [InlineData(false, "let a; var a;", "Identifier 'a' has already been declared (1:11)")]
    [InlineData(false, "const a;", "Unexpected token (1:7)")]
    [InlineData(false, "let let = 1", "let is disallowed as a lexically bound name (1:4)")]
    [InlineData(false, "for (let x of y, z) ;", "Unexpected token (1:15)")]
    [InlineData(false, "for (let x = 1 of y) ;", "for-of loop variable declaration may not have an initializer (1:5)")]
    [InlineData(false, "for (var x = 1 of y) ;", "for-of loop variable declaration may not have an initializer (1:5)")]
    [InlineData(false, "\"use strict\"; for (var x = 1 in y) ;", "for-in loop variable declaration may not have an initializer (1:19)")]
    [InlineData(false, "break;", "Unsyntactic break (1:0)")]
    [InlineData(false, "continue;", "Unsyntactic continue (1:0)")]
    [InlineData(false, "a: a: ;", "Label 'a' is already declared (1:3)")]
    [InlineData(false, "a: { continue a; }", "Unsyntactic continue (1:5)")]
    [InlineData(false, "return 1", "'return' outside of function (1:0)")]
    [InlineData(false, "if (1) class A {}", "Unexpected token (1:7)")]
    [InlineData(false, "if (1) let x = 1", "Unexpected token (1:11)")]
    [InlineData(false, "while (1) function f() {}", "Unexpected token (1:10)")]
    [InlineData(false, "1 = 2", "Assigning to rvalue (1:0)")]
    [InlineData(false, "a++ = 1", "Assigning to rvalue (1:0)")]
    [InlineData(false, "++a++", "Assigning to rvalue (1:2)")]
    [InlineData(false, "({a: 1} = 2)", "Assigning to rvalue (1:5)")]
    [InlineData(false, "({a = 1})", "Shorthand property assignments are valid only in destructuring patterns (1:4)")]
    [InlineData(false, "({__proto__: 1, __proto__: 2})", "Redefinition of __proto__ property (1:16)")]
    [InlineData(false, "[...a, b] = c", "Comma is not permitted after the rest element (1:5)")]
    [InlineData(false, "({get a(x) {}})", "getter should have no params (1:7)")]
    [InlineData(false, "({set a() {}})", "setter should have exactly one param (1:7)")]
    [InlineData(false, "a?.b = 1", "Optional chaining cannot appear in left-hand side (1:0)")]
    [InlineData(false, "new a?.b()", "Optional chaining cannot appear in the callee of new expressions (1:5)")]
    [InlineData(false, "a?.`x`", "Optional chaining cannot appear in the tag of tagged template expressions (1:3)")]
    [InlineData(false, "-a ** 2", "Unexpected token (1:3)")]
    [InlineData(false, "a ?? b || c", "Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses (1:7)")]
    [InlineData(false, "async function f() { await => 1 }", "Unexpected token (1:27)")]
    [InlineData(false, "function* g() { yield => 1 }", "Unexpected token (1:22)")]
    [InlineData(false, "function* g(a = yield) {}", "Yield expression cannot be a default value (1:16)")]
    [InlineData(false, "async function f(a = await 1) {}", "Await expression cannot be a default value (1:21)")]
    [InlineData(false, "class A { constructor() {} constructor() {} }", "Duplicate constructor in the same class (1:27)")]
    [InlineData(false, "class A { get constructor() {} }", "Constructor can't have get/set modifier (1:14)")]
    [InlineData(false, "class A { static prototype() {} }", "Classes may not have a static property named prototype (1:17)")]
    [InlineData(false, "class A { #a; #a; }", "Identifier '#a' has already been declared (1:14)")]
    [InlineData(false, "class A { m() { this.#b } }", "Private field '#b' must be declared in an enclosing class (1:21)")]
    [InlineData(false, "class A { constructor() { super() } }", "super() call outside constructor of a subclass (1:26)")]
    [InlineData(false, "function f() { super.x }", "'super' keyword outside a method (1:15)")]
    [InlineData(false, "new.target", "'new.target' can only be used in functions and class static block (1:0)")]
    [InlineData(false, "class A { x = arguments }", "Cannot use 'arguments' in class field initializer (1:14)")]
    [InlineData(false, "class A { static { await } }", "Cannot use await in class static initialization block (1:19)")]
    [InlineData(false, "x = { async *[a]: 1 }", "Unexpected token (1:16)")]
    [InlineData(false, "throw", "Unexpected end of input (1:5)")]
    [InlineData(false, "a => {} ()", "Unexpected token (1:8)")]
    [InlineData(false, "import x from \"y\"", "'import' and 'export' may appear only with 'sourceType: module' (1:0)")]
    [InlineData(false, "export default 1", "'import' and 'export' may appear only with 'sourceType: module' (1:0)")]
    [InlineData(false, "import.meta", "Cannot use 'import.meta' outside a module (1:0)")]
    [InlineData(false, "`\\unicode`", "Bad escape sequence in untagged template literal (1:1)")]
    [InlineData(false, "/a/gg", "Duplicate regular expression flag (1:0)")]
    [InlineData(false, "\\u0069f (1) {}", "Escape sequence in keyword if (1:0)")]
    [InlineData(false, "var a\\u0000;", "Invalid Unicode escape (1:5)")]
    [InlineData(false, "#x", "Unexpected token (1:0)")]
    [InlineData(false, "try {}", "Missing catch or finally clause (1:0)")]
    [InlineData(false, "switch (a) { default: default: }", "Multiple default clauses (1:22)")]
    [InlineData(false, "a\nb ++ c", "Unexpected token (2:5)")]
    [InlineData(true, "export { x }", "Export 'x' is not defined (1:9)")]
    [InlineData(true, "export { a as b, c as b }; var a, c;", "Duplicate export 'b' (1:22)")]
    [InlineData(true, "var await;", "Cannot use keyword 'await' outside an async function (1:4)")]
    [InlineData(true, "import { a } from \"b\"; var a;", "Identifier 'a' has already been declared (1:27)")]
    [InlineData(true, "export default class {}; export default 1;", "Duplicate export 'default' (1:32)")]
    [InlineData(true, "<!-- comment", "Unexpected token (1:0)")]
    [InlineData(false, "function f() { \"use strict\"; 08 }", "Invalid number (1:29)")]
    [InlineData(false, "({ a() { super(); } })", "super() call outside constructor of a subclass (1:9)")]
    [InlineData(false, "async () => await", "Unexpected end of input (1:17)")]
    [InlineData(false, "for await (x of y) ;", "Unexpected token (1:4)")]
    [InlineData(false, "let [a, a] = b", "Identifier 'a' has already been declared (1:8)")]
    [InlineData(false, "(async function await() {})", "Cannot use 'await' as identifier inside an async function (1:16)")]
    [InlineData(false, "function* g() { function* yield() {} }", "Cannot use 'yield' as identifier inside a generator (1:26)")]
    [InlineData(false, "'\\08'; 'use strict'", "Octal literal in strict mode (1:1)")]
    public void Rejects(bool module, string source, string message)
    {
        var e = Assert.Throws<SyntaxError>(() => Parse(module, source));
        Assert.Equal(message, e.Message);
    }

    [Theory]
    [InlineData(false, "'\\08'; 'use strict'")] // acorn misses this: \0 before 8 is a legacy octal escape
    [InlineData(false, "class eval {}")] // acorn misses this: class code is strict
    [InlineData(false, "(class arguments {})")]
    [InlineData(false, "\"use strict\"; { function f() {} function f() {} }")]
    [InlineData(false, "new super()")]
    [InlineData(false, "function f(package) { 'use strict' }")]
    [InlineData(false, "function yield() { 'use strict' }")]
    [InlineData(true, "export default 1; export { a as default }; var a;")]
    public void RejectsWhereAcornAccepts(bool module, string source) =>
        Assert.Throws<SyntaxError>(() => Parse(module, source));

    [Theory]
    [InlineData(false, "{ function f() {} function f() {} }")] // Annex B.3.3.4, sloppy only
    [InlineData(false, "try {} catch (e) { var e; for (var e of []); }")]
    [InlineData(false, "'\\8'")]
    [InlineData(false, "for (var x = 1 in {}) ;")]
    [InlineData(false, "<!-- html comment\n--> also a comment\nx")]
    [InlineData(false, "#!/usr/bin/env node\n'use strict'")]
    [InlineData(false, "let\nx = 1")]
    [InlineData(false, "var let = 1; let = 2; let.x; (let[0])")]
    [InlineData(false, "async\nfunction f() {}")]
    [InlineData(false, "a = async\n(b)")]
    [InlineData(false, "yield = 1; await = 2; function await() {}")]
    [InlineData(true, "await 1; for await (const x of y) ;")]
    [InlineData(false, "x = { get, set, async, static: 1, await: 2 }")]
    [InlineData(false, "class A { static async *[x]() {} get; set; static; async; 'constructor'() {} }")]
    [InlineData(false, "a?.[0]?.(1)?.b")]
    [InlineData(false, "if (1) function f() {} else function g() {}")]
    [InlineData(false, "a\n++b")]
    [InlineData(false, "x = y / 2 / z; x = /=/g; x = a\n/b/g")]
    [InlineData(false, "tag`\\unicode and \\u{` + `${`${`${1}`}`}`")]
    [InlineData(false, "class A { #a; static has(o) { return #a in o } }")]
    public void Accepts(bool module, string source) => Parse(module, source);

    [Fact]
    public void DeepNestingIsAnErrorNotACrash()
    {
        // Run on a thread with a small stack to show the limit comes from the stack check.
        foreach (var (open, close) in new[] { ("(", ")"), ("[", "]"), ("{", "}"), ("!", ""), ("a=", "a"), ("new ", "a"), ("function f(){", "}"), ("`${", "}`") })
        {
            string source = string.Concat(Enumerable.Repeat(open, 200_000)) + string.Concat(Enumerable.Repeat(close, 200_000));
            Exception? error = null;
            var thread = new Thread(() =>
            {
                try { Parser.ParseScript(source); }
                catch (Exception e) { error = e; }
            }, 1024 * 1024);
            thread.Start();
            thread.Join();
            var syntaxError = Assert.IsType<SyntaxError>(error);
            Assert.Contains("Nesting too deep", syntaxError.Message);
        }
    }

    [Fact]
    public void ReportHasLocationAndCodeFrame()
    {
        var e = Assert.Throws<SyntaxError>(() => Parser.ParseScript(new SourceText("var a = 1;\nvar b = ;\n", "dir/file.js")));
        Assert.Equal("dir/file.js:2:9: SyntaxError: Unexpected token\nvar b = ;\n        ^", e.Format());
    }

    static void Parse(bool module, string source)
    {
        if (module) Parser.ParseModule(source);
        else Parser.ParseScript(source);
    }
}
