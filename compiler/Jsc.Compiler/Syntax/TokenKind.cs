namespace Jsc.Compiler.Syntax;

/// <summary>
/// Token kinds. Reserved words get kinds of their own; contextual words (let, static,
/// async, await, yield, of, get, set, as, from...) stay <see cref="Name"/> and are
/// compared by value. `/` and `}` are always lexed as punctuators: the parser asks the
/// lexer to rescan them as a regular expression or a template continuation where the
/// grammar wants one (esbuild's approach), so the lexer keeps no context stack.
/// </summary>
public enum TokenKind : byte
{
    EOF,
    Name,
    PrivateName,
    Number,
    BigInt,
    String,
    RegExp,
    /// <summary>A template chunk; <see cref="Lexer.TemplateTail"/> tells whether it ends the template.</summary>
    Template,

    // Punctuators
    LParen, RParen, LBracket, RBracket, LBrace, RBrace,
    Semicolon, Comma, Colon, Dot, Ellipsis, Question, QuestionDot, Arrow, BackQuote,
    Assign, PlusPlus, MinusMinus, Bang, Tilde,
    /// <summary>Compound assignments: += -= *= /= %= **= &lt;&lt;= &gt;&gt;= &gt;&gt;&gt;= &amp;= |= ^= &amp;&amp;= ||= ??=</summary>
    AssignOp,

    // Binary operators, in precedence groups (see Lexer.BinaryPrecedence).
    QuestionQuestion, PipePipe, AmpAmp, Pipe, Caret, Amp,
    EqEq, NotEq, EqEqEq, NotEqEq,
    Lt, Gt, LtEq, GtEq,
    LtLt, GtGt, GtGtGt,
    Plus, Minus,
    Star, Slash, Percent,
    StarStar,

    // Reserved words
    Break, Case, Catch, Class, Const, Continue, Debugger, Default, Delete, Do, Else, Export,
    Extends, Finally, For, Function, If, Import, In, Instanceof, New, Return, Super, Switch,
    This, Throw, Try, Typeof, Var, Void, While, With, Null, True, False,
}
