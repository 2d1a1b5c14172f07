package ru.perechen.tp.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ru.perechen.tp.load.ParsedFile;
import ru.perechen.tp.load.RecordFormat;
import ru.perechen.tp.load.SafeYamlParser;
import ru.perechen.tp.load.Shape;
import ru.perechen.tp.load.YamlNode;
import ru.perechen.tp.model.Assessment;
import ru.perechen.tp.model.Code;
import ru.perechen.tp.model.Requirement;
import ru.perechen.tp.rules.RuleCatalogue;
import ru.perechen.tp.rules.SchemaRule;

/**
 * One source of truth: the JSON Schemas of {@code schema/} (for editors) and the format as the
 * Java code reads it ({@link RecordFormat} and the vocabularies) must agree key for key, required
 * for required, code for code; and the sample register passes the schemas.
 */
class SchemaConsistencyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMAS = Path.of("schema");

    @Test
    void registerSchemaAgreesWithTheFormat() throws IOException {
        JsonNode schema = read("register.schema.json");
        compare(schema, schema, RecordFormat.REGISTER, "register.yaml");
    }

    @Test
    void processSchemaAgreesWithTheFormat() throws IOException {
        JsonNode schema = read("process.schema.json");
        compare(schema, schema, RecordFormat.PROCESS, "process");
    }

    @Test
    void pointSchemaAgreesWithTheFormat() throws IOException {
        JsonNode schema = read("point.schema.json");
        compare(schema, schema, RecordFormat.POINT, "point");
    }

    @Test
    void requirementsOfEachChannelAgree() throws IOException {
        JsonNode schema = read("point.schema.json");
        for (String channel : List.of("online", "offline")) {
            JsonNode definition = schema.get("definitions").get(channel + "-requirements");
            List<String> expected = Requirement.of(ru.perechen.tp.model.Channel.valueOf(channel.toUpperCase()))
                    .stream().map(Requirement::code).toList();
            assertThat(names(definition.get("properties"))).containsExactlyElementsOf(expected);
            assertThat(strings(definition.get("required"))).containsExactlyInAnyOrderElementsOf(expected);
            for (JsonNode value : definition.get("properties")) {
                assertThat(strings(resolve(schema, value).get("enum"))).containsExactlyElementsOf(codes(Assessment.class));
            }
        }
    }

    static Stream<Path> sampleFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("register"))) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} passes its JSON Schema")
    @MethodSource("sampleFiles")
    void sampleFilesPassTheirSchemas(Path file) throws IOException {
        String schemaName = file.getFileName().toString().equals("register.yaml") ? "register"
                : file.toString().contains("/points/") ? "point" : "process";
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(Files.readString(SCHEMAS.resolve(schemaName + ".schema.json")));
        ParsedFile parsed = new SafeYamlParser().parse(file.toString(), Files.readAllBytes(file));
        assertThat(parsed.problems()).isEmpty();
        Set<ValidationMessage> errors = schema.validate(toJson(parsed.root()));
        assertThat(errors).isEmpty();
    }

    private void compare(JsonNode root, JsonNode node, Shape shape, String path) {
        JsonNode schema = resolve(root, node);
        if (shape instanceof Shape.Fields fields) {
            assertThat(names(schema.get("properties"))).as(path + " keys")
                    .containsExactlyInAnyOrderElementsOf(fields.fields().stream().map(Shape.Field::name).toList());
            List<String> required = fields.fields().stream().filter(Shape.Field::required).map(Shape.Field::name).toList();
            assertThat(strings(schema.get("required"))).as(path + " required").containsExactlyInAnyOrderElementsOf(required);
            assertThat(schema.get("additionalProperties").asBoolean(true)).as(path + " closed").isFalse();
            for (Shape.Field field : fields.fields()) {
                compare(root, schema.get("properties").get(field.name()), field.shape(), path + "." + field.name());
            }
        } else if (shape instanceof Shape.ListOf list) {
            assertThat(types(schema)).as(path).contains("array");
            compare(root, schema.get("items"), list.item(), path + "[]");
        } else if (shape instanceof Shape.CodeOf code) {
            assertThat(strings(schema.get("enum"))).as(path + " codes").containsExactlyElementsOf(codes(code.vocabulary()));
            // What an editor shows beside each code is the label people read everywhere else.
            assertThat(strings(schema.get("enumDescriptions"))).as(path + " labels")
                    .containsExactlyElementsOf(labels(code.vocabulary()));
        } else if (shape instanceof Shape.Bool) {
            assertThat(types(schema)).as(path).containsExactly("boolean");
        } else if (shape instanceof Shape.Whole) {
            assertThat(types(schema)).as(path).containsExactly("integer");
        } else if (shape instanceof Shape.Text || shape instanceof Shape.Date) {
            assertThat(types(schema)).as(path).contains("string");
        } else if (shape instanceof Shape.TextMap) {
            assertThat(names(schema.get("properties"))).as(path + " rule ids").containsExactlyInAnyOrderElementsOf(RuleCatalogue.ids());
            for (JsonNode level : schema.get("properties")) {
                assertThat(strings(resolve(root, level).get("enum"))).containsExactlyElementsOf(SchemaRule.LEVELS);
            }
        } else if (shape instanceof Shape.CodeMap) {
            assertThat(types(schema)).as(path).contains("object");
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            assertThat(ref).startsWith("#/");
            JsonNode target = root;
            for (String part : ref.substring(2).split("/")) {
                target = target.get(part);
            }
            current = target;
        }
        return current;
    }

    private static List<String> types(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return List.of();
        }
        return type.isArray() ? strings(type) : List.of(type.asText());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private static List<String> codes(Class<? extends Code> vocabulary) {
        Set<String> codes = new LinkedHashSet<>();
        for (Code code : vocabulary.getEnumConstants()) {
            codes.add(code.code());
        }
        return List.copyOf(codes);
    }

    private static List<String> labels(Class<? extends Code> vocabulary) {
        List<String> labels = new ArrayList<>();
        for (Code code : vocabulary.getEnumConstants()) {
            String label = code.labelRu();
            labels.add(Character.toUpperCase(label.charAt(0)) + label.substring(1));
        }
        return labels;
    }

    private static JsonNode read(String name) throws IOException {
        return JSON.readTree(SCHEMAS.resolve(name).toFile());
    }

    /** YAML as an editor's schema validator sees it: plain true/false and whole numbers are typed. */
    private static JsonNode toJson(YamlNode node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof YamlNode.Mapping mapping) {
            ObjectNode object = f.objectNode();
            mapping.entries().forEach(e -> object.set(e.key().text(), toJson(e.value())));
            return object;
        }
        if (node instanceof YamlNode.Sequence sequence) {
            ArrayNode array = f.arrayNode();
            sequence.items().forEach(i -> array.add(toJson(i)));
            return array;
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        if (scalar.plain() && (scalar.text().equals("true") || scalar.text().equals("false"))) {
            return f.booleanNode(Boolean.parseBoolean(scalar.text()));
        }
        if (scalar.plain() && scalar.text().matches("-?[0-9]{1,9}")) {
            return f.numberNode(Integer.parseInt(scalar.text()));
        }
        return f.textNode(scalar.text());
    }
}
