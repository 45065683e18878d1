using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace VeniceAot.Generators.Tests
{
    /// <summary>The pipeline caches: unrelated edits reuse the parse and model steps; a real change recomputes them.</summary>
    public sealed class IncrementalityTests
    {
        private const string Api = """
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Sample;
            using Sample.Json;
            using VeniceAot.Http;

            namespace Sample.Apis
            {
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IWidgetsApi
                {
                    [Get("/widgets/{id}")]
                    Task<Widget> GetAsync(string id, [Query] int? limit, CancellationToken cancellationToken = default);

                    [Post("/widgets/stream")]
                    IAsyncEnumerable<WidgetChunk> StreamAsync([Body] CreateWidgetRequest request, CancellationToken cancellationToken = default);
                }

                // A comment another edit may change.
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IBrokenApi
                {
                    Task<Widget> MissingVerbAsync();
                }
            }
            """;

        [Fact]
        public void Adding_an_unrelated_file_leaves_every_step_cached()
        {
            CSharpCompilation first = GeneratorHarness.CreateCompilation(Api);
            CSharpCompilation second = first.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
                "namespace Other { internal sealed class Unrelated { public int Value { get; set; } } }",
                GeneratorHarness.ParseOptions,
                "Unrelated.cs"));

            AssertCachedAfter(first, second);
        }

        [Fact]
        public void Changing_a_comment_in_another_file_leaves_every_step_cached()
        {
            CSharpCompilation first = GeneratorHarness.CreateCompilation(Api);
            SyntaxTree models = first.SyntaxTrees.Single(t => t.FilePath == "Models.cs");
            SyntaxTree edited = models.WithChangedText(models.GetText().WithChanges(
                new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(0, 0), "// An edited comment.\n")));
            CSharpCompilation second = first.ReplaceSyntaxTree(models, edited);

            AssertCachedAfter(first, second);
        }

        [Fact]
        public void Adding_a_method_to_the_interface_modifies_the_steps()
        {
            CSharpCompilation first = GeneratorHarness.CreateCompilation(Api);
            SyntaxTree api = first.SyntaxTrees.Single(t => t.FilePath == "Api.cs");
            string withMethod = Api.Replace(
                "        [Post(\"/widgets/stream\")]",
                "        [Delete(\"/widgets/{id}\")]\n        Task DeleteAsync(string id);\n\n        [Post(\"/widgets/stream\")]",
                System.StringComparison.Ordinal);
            Assert.Contains("Task DeleteAsync(string id);", withMethod, System.StringComparison.Ordinal);
            CSharpCompilation second = first.ReplaceSyntaxTree(api, api.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(withMethod)));

            GeneratorDriver driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(first);
            driver = driver.RunGenerators(second);
            GeneratorRunResult result = Assert.Single(driver.GetRunResult().Results);

            Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, ClientGenerator.ParseStep));
            Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, ClientGenerator.ModelStep));
            GeneratedSourceResult generated = Assert.Single(result.GeneratedSources);
            Assert.Contains("public global::System.Threading.Tasks.Task DeleteAsync(string id)", generated.SourceText.ToString(), System.StringComparison.Ordinal);
        }

        private static void AssertCachedAfter(Compilation first, Compilation second)
        {
            GeneratorDriver driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(first);
            GeneratorRunResult before = Assert.Single(driver.GetRunResult().Results);
            Assert.Single(before.GeneratedSources);
            Assert.Equal("VAOT008", Assert.Single(before.Diagnostics).Id);

            driver = driver.RunGenerators(second);
            GeneratorRunResult after = Assert.Single(driver.GetRunResult().Results);

            foreach (string step in new[] { ClientGenerator.ParseStep, ClientGenerator.ModelStep })
            {
                IReadOnlyList<IncrementalStepRunReason> reasons = Reasons(after, step);
                Assert.NotEmpty(reasons);
                Assert.All(reasons, reason => Assert.True(
                    reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{step} produced {reason} after an unrelated edit"));
            }

            Assert.All(after.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"a source output step produced {output.Reason} after an unrelated edit"));

            Assert.Equal(before.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
                after.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
            Assert.Equal(before.Diagnostics.Select(d => d.ToString()), after.Diagnostics.Select(d => d.ToString()));
        }

        private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"step '{step}' was not tracked");
            return result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        }
    }
}
