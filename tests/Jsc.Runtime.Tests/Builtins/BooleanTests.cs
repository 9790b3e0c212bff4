using Jsc.Runtime.Tests.Builtins.Support;
using Xunit;

namespace Jsc.Runtime.Tests.Builtins;

public class BooleanTests : RealmTest
{
    /// <summary>Expression → result as node shows it (see <see cref="Show"/>).</summary>
    public static readonly (string Expression, string Expected)[] Cases =
    [
        ("Boolean(1)", "true"),
        ("Boolean(0)", "false"),
        ("Boolean(\"\")", "false"),
        ("Boolean(\"0\")", "true"),
        ("Boolean(NaN)", "false"),
        ("Boolean({})", "true"),
        ("Boolean(null)", "false"),
        ("Boolean()", "false"),
        ("Boolean(Symbol())", "true"),
        ("new Boolean(0)", "[Boolean: false]"),
        ("new Boolean(\"x\")", "[Boolean: true]"),
        ("new Boolean()", "[Boolean: false]"),
        ("Boolean.length", "1"),
        ("Boolean.name", "\"Boolean\""),
        ("Boolean.prototype.toString.call(true)", "\"true\""),
        ("Boolean.prototype.toString.call(new Boolean(false))", "\"false\""),
        ("Boolean.prototype.toString.call(1)", "throws TypeError: Boolean.prototype.toString requires that 'this' be a Boolean"),
        ("Boolean.prototype.valueOf.call(new Boolean(1))", "true"),
        ("Boolean.prototype.valueOf.call(false)", "false"),
        ("Boolean.prototype.valueOf.call(\"true\")", "throws TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean"),
        ("Boolean.prototype.toString.call(Boolean.prototype)", "\"false\""),
        ("Object.getOwnPropertyNames(Boolean.prototype)", "[\"constructor\",\"toString\",\"valueOf\"]"),
        ("Object.getOwnPropertyNames(Boolean)", "[\"length\",\"name\",\"prototype\"]"),
    ];

    [Fact]
    public void CasesMatchNode() => AssertCases(Cases);

    [NodeFact]
    public void ExpectationsAgreeWithNode() => NodeOracle.AssertExpectations(Cases);
}
