using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using VeniceAot.Generators;

namespace VeniceAot.Generators.Tests
{
    /// <summary>Compiles in-memory source against the running runtime plus VeniceAot.dll and runs <see cref="ClientGenerator"/>.</summary>
    internal static class GeneratorHarness
    {
        /// <summary>The newest language version the pinned compiler (the generator's minimum host) understands.</summary>
        public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

        public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

        /// <summary>
        /// A hand-written stand-in for a System.Text.Json source-generated context: the STJ generator does not run in
        /// these tests, so this exposes <c>Default</c> and the <c>JsonTypeInfo&lt;T&gt;</c> properties it would emit,
        /// under the names it would give them. The emitted clients therefore compile with zero errors.
        /// </summary>
        public const string ModelsAndContext = """
            using System;
            using System.Collections.Generic;
            using System.Text.Json;
            using System.Text.Json.Serialization;
            using System.Text.Json.Serialization.Metadata;

            namespace Sample
            {
                public sealed class Widget { public string? Name { get; set; } }
                public sealed class CreateWidgetRequest { public string? Name { get; set; } }
                public sealed class WidgetChunk { public string? Delta { get; set; } }
                public sealed class Gadget { public string? Name { get; set; } }
                public enum SortOrder { Ascending, Descending }
                public sealed class NoText { public int Value { get; set; } }
                public sealed class Unregistered { public int Value { get; set; } }
                public readonly record struct WidgetKind(string Value) { public override string ToString() => Value; }
            }

            namespace Sample.Json
            {
                [JsonSerializable(typeof(Sample.Widget))]
                [JsonSerializable(typeof(Sample.CreateWidgetRequest))]
                [JsonSerializable(typeof(Sample.WidgetChunk))]
                [JsonSerializable(typeof(List<Sample.Widget>))]
                [JsonSerializable(typeof(Sample.Widget[]))]
                [JsonSerializable(typeof(Sample.Gadget), TypeInfoPropertyName = "RenamedGadget")]
                public sealed partial class SampleJsonContext : JsonSerializerContext
                {
                    private SampleJsonContext() : base(null) { }
                    public static SampleJsonContext Default { get; } = new();
                    protected override JsonSerializerOptions? GeneratedSerializerOptions => null;
                    public override JsonTypeInfo? GetTypeInfo(Type type) => null;
                    public JsonTypeInfo<Sample.Widget> Widget => throw new NotSupportedException();
                    public JsonTypeInfo<Sample.CreateWidgetRequest> CreateWidgetRequest => throw new NotSupportedException();
                    public JsonTypeInfo<Sample.WidgetChunk> WidgetChunk => throw new NotSupportedException();
                    public JsonTypeInfo<List<Sample.Widget>> ListWidget => throw new NotSupportedException();
                    public JsonTypeInfo<Sample.Widget[]> WidgetArray => throw new NotSupportedException();
                    public JsonTypeInfo<Sample.Gadget> RenamedGadget => throw new NotSupportedException();
                }

                public sealed class NotAContext { }
            }
            """;

        public static CSharpCompilation CreateCompilation(params (string Path, string Text)[] sources) =>
            CSharpCompilation.Create(
                "GeneratorTestInput",
                sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path)),
                References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>The test input as a compilation: the shared models and context plus one interface file.</summary>
        public static CSharpCompilation CreateCompilation(string interfaceSource) =>
            CreateCompilation(("Models.cs", ModelsAndContext), ("Api.cs", interfaceSource));

        public static GeneratorDriver CreateDriver(bool trackSteps = false) =>
            CSharpGeneratorDriver.Create(
                new[] { new ClientGenerator().AsSourceGenerator() },
                parseOptions: ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        /// <summary>Runs the generator once; returns its result and the compilation with the generated trees added.</summary>
        public static (GeneratorRunResult Result, Compilation Output) Run(Compilation input)
        {
            GeneratorDriver driver = CreateDriver().RunGeneratorsAndUpdateCompilation(input, out Compilation output, out _);
            GeneratorRunResult result = Assert.Single(driver.GetRunResult().Results);
            Assert.Null(result.Exception);
            return (result, output);
        }

        /// <summary>Compiler errors of a compilation, formatted one per line for an assertion message.</summary>
        public static string Errors(Compilation compilation) =>
            string.Join(Environment.NewLine, compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => d.ToString()));

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            string veniceAot = typeof(VeniceAot.Http.VeniceApiAttribute).Assembly.Location;
            string trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
            var paths = new List<string>();
            foreach (string path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                // Only the runtime itself: the test's own dependencies (Roslyn, xunit, VeniceAot) are not the input's.
                string name = Path.GetFileNameWithoutExtension(path);
                if (name is "System.Private.CoreLib" or "netstandard" or "mscorlib"
                    || name.StartsWith("System.", StringComparison.Ordinal)
                    || name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal))
                {
                    paths.Add(path);
                }
            }

            paths.Add(veniceAot);
            return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
        }
    }
}
