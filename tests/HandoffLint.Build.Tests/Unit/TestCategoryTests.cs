using System.Linq;
using System.Reflection;
using HandoffLint.Build.Tests.Support;

namespace HandoffLint.Build.Tests.Unit;

/// <summary>
/// The fast inner loop (<c>dotnet test --filter "Category!=Package&amp;Category!=Agents"</c>, see CONTRIBUTING.md) leaves out
/// every test that packs the package and runs real builds; a new one that forgot its category would slow every loop down.
/// </summary>
public sealed class TestCategoryTests
{
    [Fact]
    public void Every_test_class_that_uses_the_packed_package_is_in_the_Package_category()
    {
        var packageClasses = typeof(TestCategoryTests).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<CollectionAttribute>() is not null && t.GetCustomAttributesData().Any(a => a.AttributeType == typeof(CollectionAttribute) && (string?)a.ConstructorArguments[0].Value == PackageCollection.Name))
            .ToArray();

        packageClasses.ShouldNotBeEmpty();
        packageClasses.Where(t => !t.GetCustomAttributes<TraitAttribute>().Any() || !t.GetCustomAttributesData().Any(a =>
                a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == "Category" && (string?)a.ConstructorArguments[1].Value == "Package"))
            .Select(t => t.Name)
            .ShouldBeEmpty();
    }
}
