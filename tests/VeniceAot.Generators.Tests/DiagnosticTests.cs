using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace VeniceAot.Generators.Tests
{
    /// <summary>
    /// One test per diagnostic: the id, the exact span (marked <c>{|#0:...|}</c> in the source), a key part of the message,
    /// and that nothing is generated for the broken interface.
    /// </summary>
    public sealed class DiagnosticTests
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
        public void VAOT001_route_placeholder_without_parameter() =>
            AssertSingle("VAOT001", "Route placeholder '{id}' of 'GetAsync' has no matching parameter", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    [{|#0:Get("/items/{id}")|}]
                    Task<Widget> GetAsync(CancellationToken cancellationToken = default);
                }
                """);

        [Fact]
        public void VAOT001_placeholder_left_unbound_when_Path_names_another() =>
            AssertDiagnostics("""
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    [{|#1:Get("/items/{id}")|}]
                    Task<Widget> GetAsync([Path("key")] string {|#0:id|});
                }
                """,
                ("VAOT002", 0, "Parameter 'id' of 'GetAsync' binds to nothing"),
                ("VAOT001", 1, "Route placeholder '{id}' of 'GetAsync'"));

        [Fact]
        public void VAOT002_parameter_binds_to_nothing() =>
            AssertSingle("VAOT002", "Parameter 'filter' of 'ListAsync' binds to nothing", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    [Get("/items")]
                    Task<Widget> ListAsync(string {|#0:filter|}, CancellationToken cancellationToken = default);
                }
                """);

        [Fact]
        public void VAOT003_two_bodies() =>
            AssertSingle("VAOT003", "Method 'CreateAsync' has more than one [Body] parameter", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    [Post("/items")]
                    Task<Widget> CreateAsync([Body] CreateWidgetRequest first, [Body] CreateWidgetRequest {|#0:second|});
                }
                """);

        [Fact]
        public void VAOT004_query_of_a_class_without_ToString() =>
            AssertSingle("VAOT004", "Parameter 'filter' of type 'global::Sample.NoText' cannot be sent as a query value", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    [Get("/items")]
                    Task<Widget> ListAsync([Query] NoText {|#0:filter|});
                }
                """);

        [Fact]
        public void VAOT004_header_of_an_array() =>
            AssertSingle("VAOT004", "cannot be sent as a header value", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    [Get("/items")]
                    Task<Widget> ListAsync([Header("X-Tags")] string[] {|#0:tags|});
                }
                """);

        [Fact]
        public void VAOT004_out_parameter() =>
            AssertSingle("VAOT004", "Parameter 'etag' of type 'string' cannot be sent as a ref, out, in or params parameter", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    [Get("/items")]
                    Task<Widget> GetAsync(out string {|#0:etag|});
                }
                """);

        [Fact]
        public void VAOT005_string_return() =>
            AssertSingle("VAOT005", "Method 'GetName' returns 'string'", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    [Get("/name")]
                    string {|#0:GetName|}();
                }
                """);

        [Fact]
        public void VAOT005_ValueTask_return() =>
            AssertSingle("VAOT005", "Method 'GetAsync' returns 'System.Threading.Tasks.ValueTask<Sample.Widget>'", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    [Get("/items")]
                    ValueTask<Widget> {|#0:GetAsync|}();
                }
                """);

        [Fact]
        public void VAOT006_body_type_not_registered() =>
            AssertSingle("VAOT006", "Type 'Sample.Unregistered' used by 'CreateAsync' is not registered in 'Sample.Json.SampleJsonContext'", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    [Post("/items")]
                    Task<Widget> CreateAsync([Body] Unregistered {|#0:request|});
                }
                """);

        [Fact]
        public void VAOT006_response_type_not_registered() =>
            AssertSingle("VAOT006", "Type 'Sample.Unregistered' used by 'GetAsync' is not registered in 'Sample.Json.SampleJsonContext'", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    [Get("/items")]
                    Task<ApiResponse<Unregistered>> {|#0:GetAsync|}();
                }
                """);

        [Fact]
        public void VAOT006_stream_item_not_registered() =>
            AssertSingle("VAOT006", "Type 'Sample.Unregistered' used by 'StreamAsync'", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    [Post("/items/stream")]
                    IAsyncEnumerable<Unregistered> {|#0:StreamAsync|}([Body] CreateWidgetRequest request);
                }
                """);

        [Fact]
        public void VAOT006_generic_instantiation_not_registered_though_another_is() =>
            AssertSingle("VAOT006", "Type 'System.Collections.Generic.List<Sample.Gadget>' used by 'ListAsync'", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    [Get("/items")]
                    Task<List<Gadget>> {|#0:ListAsync|}();
                }
                """);

        [Fact]
        public void VAOT007_generic_interface() =>
            AssertSingle("VAOT007", "generic interfaces are not supported", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface {|#0:IApi|}<T>
                {
                    [Get("/items")]
                    Task<Widget> GetAsync();
                }
                """);

        [Fact]
        public void VAOT007_property_member() =>
            AssertSingle("VAOT007", "member 'Name' is not a method", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    string {|#0:Name|} { get; }

                    [Get("/items")]
                    Task<Widget> GetAsync();
                }
                """);

        [Fact]
        public void VAOT007_private_nested_interface() =>
            AssertSingle("VAOT007", "'IHidden' is private", """
                public class Outer
                {
                    [VeniceApi(typeof(SampleJsonContext))]
                    private interface {|#0:IHidden|}
                    {
                        [Get("/items")]
                        Task<Widget> GetAsync();
                    }
                }
                """);

        [Fact]
        public void VAOT007_generic_method() =>
            AssertSingle("VAOT007", "method 'GetAsync' is generic", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    [Get("/items")]
                    Task<T> {|#0:GetAsync|}<T>();
                }
                """);

        [Fact]
        public void VAOT008_method_without_verb() =>
            AssertSingle("VAOT008", "Method 'GetAsync' has no HTTP verb", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    Task<Widget> {|#0:GetAsync|}();
                }
                """);

        [Fact]
        public void VAOT009_context_is_not_a_JsonSerializerContext() =>
            AssertSingle("VAOT009", "'Sample.Json.NotAContext' is not a JsonSerializerContext", """
                [{|#0:VeniceApi(typeof(NotAContext))|}]
                public interface IApi
                {
                    [Get("/items")]
                    Task<Widget> GetAsync();
                }
                """);

        [Fact]
        public void VAOT010_unclosed_brace() =>
            AssertSingle("VAOT010", "Route '/items/{id' of 'GetAsync' is malformed (a '{' is never closed)", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    [{|#0:Get("/items/{id")|}]
                    Task<Widget> GetAsync(string id);
                }
                """);

        [Fact]
        public void VAOT010_query_string_in_route() =>
            AssertSingle("VAOT010", "it contains '?' or '#'", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    [{|#0:Get("/items?limit=10")|}]
                    Task<Widget> GetAsync();
                }
                """);

        [Fact]
        public void VAOT010_unmatched_closing_brace() =>
            AssertSingle("VAOT010", "a '}' has no matching '{'", """
                [VeniceApi(typeof(SampleJsonContext))]
                public interface IApi
                {
                    [{|#0:Delete("/items/id}")|}]
                    Task DeleteAsync();
                }
                """);

        [Fact]
        public void A_broken_interface_does_not_stop_a_healthy_one()
        {
            (string source, _) = Markup.Parse(Usings + """
                namespace Sample
                {
                    [VeniceApi(typeof(SampleJsonContext))]
                    public interface IBrokenApi
                    {
                        Task<Widget> GetAsync();
                    }

                    [VeniceApi(typeof(SampleJsonContext))]
                    public interface IHealthyApi
                    {
                        [Get("/items")]
                        Task<Widget> GetAsync();
                    }
                }
                """);

            (GeneratorRunResult result, Compilation output) = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(source));

            Assert.Equal("VAOT008", Assert.Single(result.Diagnostics).Id);
            Assert.Equal("Sample.HealthyApiClient.g.cs", Assert.Single(result.GeneratedSources).HintName);
            Assert.Equal(string.Empty, GeneratorHarness.Errors(output));
        }

        private static void AssertSingle(string id, string messageFragment, string markup) =>
            AssertDiagnostics(markup, (id, 0, messageFragment));

        /// <summary>Runs the generator and checks the exact set of diagnostics, in order, each at its marked span.</summary>
        private static void AssertDiagnostics(string markup, params (string Id, int Marker, string MessageFragment)[] expected)
        {
            (string source, IReadOnlyDictionary<int, TextSpan> spans) = Markup.Parse(Usings + markup);
            (GeneratorRunResult result, _) = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(source));

            Assert.Empty(result.GeneratedSources);
            Assert.Equal(expected.Length, result.Diagnostics.Length);
            SourceText text = SourceText.From(source);
            for (int i = 0; i < expected.Length; i++)
            {
                Diagnostic diagnostic = result.Diagnostics[i];
                (string id, int marker, string fragment) = expected[i];
                Assert.Equal(id, diagnostic.Id);
                Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);

                FileLinePositionSpan where = diagnostic.Location.GetLineSpan();
                Assert.Equal("Api.cs", where.Path);
                Assert.Equal(spans[marker], diagnostic.Location.SourceSpan);
                Assert.Equal(text.Lines.GetLinePositionSpan(spans[marker]), where.Span);

                Assert.Contains(fragment, diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
            }
        }
    }
}
