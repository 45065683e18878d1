using System.Linq;
using Microsoft.CodeAnalysis;

namespace VeniceAot.Generators.Tests
{
    /// <summary>The exact source emitted for representative interfaces, and that it compiles with zero errors.</summary>
    public sealed class SnapshotTests
    {
        private const string Usings = """
            using System;
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Sample;
            using Sample.Json;
            using VeniceAot.Http;

            """;

        [Fact]
        public void Every_return_shape_with_path_query_header_and_body()
        {
            const string source = Usings + """
                namespace Sample
                {
                    [VeniceApi(typeof(SampleJsonContext))]
                    public interface IWidgetsApi
                    {
                        [Get("/widgets/{id}")]
                        Task<Widget> GetAsync(string id, [Query("include_deleted")] bool? includeDeleted, [Header("X-Trace-Id")] string? traceId, CancellationToken cancellationToken = default);

                        [Post("/widgets")]
                        Task<ApiResponse<Widget>> CreateAsync([Body] CreateWidgetRequest request, CancellationToken cancellationToken = default);

                        [Delete("/widgets/{id}")]
                        Task DeleteAsync(string id, CancellationToken cancellationToken = default);

                        [Get("/widgets/{id}/image")]
                        Task<BinaryResponse> DownloadImageAsync(string id, [Header("Accept")] string accept, CancellationToken cancellationToken = default);

                        [Post("/widgets/stream")]
                        IAsyncEnumerable<WidgetChunk> StreamAsync([Body] CreateWidgetRequest request, CancellationToken cancellationToken = default);

                        [Put("/widgets/{id}")]
                        Task<Widget> ReplaceAsync([Path("id")] string widgetId, [Body] CreateWidgetRequest? request);

                        [Patch("widgets/{id}/parts/{part}")]
                        Task<Widget> PatchPartAsync(long id, int part, [Body] CreateWidgetRequest request, CancellationToken cancellationToken);
                    }
                }
                """;

            AssertGenerates("WidgetsApi", source, "Sample.WidgetsApiClient.g.cs");
        }

        [Fact]
        public void Query_value_shapes_keyword_names_and_registered_type_names()
        {
            const string source = Usings + """
                namespace Sample.Internal
                {
                    [VeniceApi(typeof(SampleJsonContext))]
                    internal interface IQueryShapesApi
                    {
                        [Get("/search")]
                        Task<List<Widget>> SearchAsync(
                            [Query] int? limit,
                            [Query("tag")] string[]? tags,
                            [Query] long[] ids,
                            [Query] IEnumerable<int?> ranks,
                            [Query] SortOrder order,
                            [Query] SortOrder? secondaryOrder,
                            [Query] bool flag,
                            [Query] DateTimeOffset since,
                            [Query] DateTimeOffset? until,
                            [Query] DateOnly day,
                            [Query] WidgetKind? kind,
                            [Query] WidgetKind plainKind,
                            [Query] decimal price,
                            [Query] Uri? link,
                            CancellationToken cancellationToken = default);

                        [Get("/classes/{class}")]
                        Task<Widget[]> GetClassAsync(string @class, [Query] string? @namespace, [Header("X-Event")] string @event);

                        [Get("/gadgets/{gadgetId}")]
                        Task<Gadget> GetGadgetAsync(Guid gadgetId);

                        [Get("/numbers/{number}")]
                        Task<Widget> GetByNumberAsync(int? number, [Header("X-Count")] int? count, [Header("X-Link")] Uri? headerLink, [Query] Uri[]? links);

                        [Get("/events")]
                        IAsyncEnumerable<WidgetChunk> EventsWithoutTokenAsync([Query] DateTime? after);
                    }
                }
                """;

            AssertGenerates("QueryShapesApi", source, "Sample.Internal.QueryShapesApiClient.g.cs");
        }

        [Fact]
        public void Nested_inherited_and_global_namespace_interfaces()
        {
            const string source = Usings + """
                public interface IReadWidgets
                {
                    [Get("/widgets")]
                    Task<List<Widget>> ListAsync(CancellationToken cancellationToken = default);
                }

                public static class Outer
                {
                    [VeniceApi(typeof(SampleJsonContext))]
                    public interface IWidgetsClient : IReadWidgets
                    {
                        [Get("/widgets/{id}")]
                        Task<ApiResponse<Widget>> GetAsync(string id);

                        /// <summary>A default implementation is not the generator's business.</summary>
                        Task<Widget> GetFirstAsync() => throw new NotSupportedException();
                    }
                }
                """;

            AssertGenerates("GlobalNestedApi", source, "WidgetsClientImplementation.g.cs");
        }

        private static void AssertGenerates(string snapshotName, string source, string hintName)
        {
            Compilation input = GeneratorHarness.CreateCompilation(source);
            string inputErrors = GeneratorHarness.Errors(input);
            Assert.True(inputErrors.Length == 0, "The test input does not compile:\n" + inputErrors);

            (GeneratorRunResult result, Compilation output) = GeneratorHarness.Run(input);

            Assert.Empty(result.Diagnostics);
            GeneratedSourceResult generated = Assert.Single(result.GeneratedSources);
            Assert.Equal(hintName, generated.HintName);
            SnapshotAssert.Matches(snapshotName, generated.SourceText.ToString());

            // With the stand-in context in place the emitted client must compile cleanly.
            string errors = GeneratorHarness.Errors(output);
            Assert.True(errors.Length == 0, "The generated client does not compile:\n" + errors);
            string warnings = string.Join("\n", output.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree?.FilePath == generated.SyntaxTree.FilePath));
            Assert.True(warnings.Length == 0, "The generated client has warnings:\n" + warnings);
        }
    }
}
