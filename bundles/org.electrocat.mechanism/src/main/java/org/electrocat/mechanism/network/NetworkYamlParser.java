package org.electrocat.mechanism.network;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.electrocat.api.FormatException;
import org.electrocat.core.potential.PotentialConverter;
import org.electrocat.core.potential.PotentialScale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the YAML form of a reaction network ({@code format: electrocat.reaction-network}). The YAML
 * is composed into a node tree and never constructed into objects, so a file cannot instantiate
 * classes; aliases, nesting and size are limited. Every error names the file, the line and the
 * field. The format is described in {@code docs/mechanism.md}.
 */
public final class NetworkYamlParser {

    /** The value of the {@code format} key that identifies the file. */
    public static final String FORMAT = "electrocat.reaction-network";
    /** Largest file accepted: a network lists energies, it holds no bulk data. */
    public static final long MAX_BYTES = 4L << 20;

    private static final Set<String> TOP = Set.of("format", "version", "title", "description", "source",
            "energyBasis", "energyUnit", "reference", "illustrative", "illustrativeNote", "species", "catalysts");
    private static final Set<String> REFERENCE = Set.of("potential", "scale", "pH", "temperature");
    private static final Set<String> CATALYST = Set.of("name", "sites", "note");
    private static final Set<String> SITE = Set.of("name", "intermediates", "steps", "note");
    private static final Set<String> INTERMEDIATE = Set.of("name", "label", "G", "E", "ZPE", "TS", "outcar",
            "illustrative", "source", "note");
    private static final Set<String> STEP = Set.of("from", "to", "type", "electrons", "protons", "consumes",
            "releases", "dG", "illustrative", "source", "note");
    private static final int MAX_COUNT = 64;

    private final Path file;
    private final YamlNodes y;
    private double toEv = 1;
    private EnergyBasis basis;
    private boolean anyIllustrative;

    private NetworkYamlParser(Path file) {
        this.file = file;
        this.y = new YamlNodes(file.toString());
    }

    /**
     * Reads and checks a network file.
     *
     * @throws FormatException naming file, line and field for every problem
     * @throws IOException     when the file (or a referenced OUTCAR) cannot be read
     */
    public static ReactionNetwork parse(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new FormatException(file, -1, null, "network file larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        return new NetworkYamlParser(file).read();
    }

    private ReactionNetwork read() throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit((int) MAX_BYTES);
        Node root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(options).compose(r);
        } catch (MarkedYAMLException e) {
            String hint = String.valueOf(e.getProblem()).contains("alias")
                    ? " (quote names that start with '*', e.g. \"*NO3\": unquoted, YAML reads them as aliases)" : "";
            throw new FormatException(file.toString(), e.getProblemMark() == null ? -1
                    : e.getProblemMark().getLine() + 1, null, "not valid YAML: " + e.getProblem() + hint, e);
        } catch (YAMLException e) {
            throw new FormatException(file.toString(), -1, null, "not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            throw new FormatException(file, 1, null, "the network file is empty");
        }
        Map<String, Node> top = y.entries(root, TOP, "top level");
        String format = y.scalar(y.required(top, "format", root, "top level"), "format");
        if (!format.equals(FORMAT)) {
            throw y.error(top.get("format"), "format", "'" + format + "' is not '" + FORMAT + "'");
        }
        if (top.containsKey("version") && y.integer(top.get("version"), "version", 1000) != 1) {
            throw y.error(top.get("version"), "version", "this reader knows version 1 only");
        }
        String title = top.containsKey("title") ? y.scalar(top.get("title"), "title") : file.getFileName().toString();
        String source = top.containsKey("source") ? y.scalar(top.get("source"), "source") : "";
        Node b = y.required(top, "energyBasis", root, "top level");
        basis = EnergyBasis.parse(y.scalar(b, "energyBasis"));
        if (basis == null) {
            throw y.error(b, "energyBasis", "'" + y.scalar(b, "energyBasis")
                    + "' is not 'step-energies', 'state-levels' or 'species'");
        }
        if (top.containsKey("energyUnit")) {
            String u = y.scalar(top.get("energyUnit"), "energyUnit");
            toEv = EnergyUnits.toEv(u);
            if (Double.isNaN(toEv)) {
                throw y.error(top.get("energyUnit"), "energyUnit", "'" + u + "' is not eV, meV, kJ/mol or kcal/mol");
            }
        }
        CheReference reference = reference(top.get("reference"));
        Map<String, RawSite.Intermediate> species = new LinkedHashMap<>();
        if (top.containsKey("species")) {
            if (basis != EnergyBasis.SPECIES) {
                throw y.error(top.get("species"), "species", "shared species belong to the 'species' energy basis;"
                        + " in 'state-levels' each level already includes them");
            }
            for (var t : y.mapping(top.get("species"), "species").getValue()) {
                String name = y.text(t.getKeyNode(), "species");
                species.put(name, intermediate(name, t.getValueNode(), "species." + name));
            }
        }
        List<RawSite> sites = new ArrayList<>();
        Node cats = y.required(top, "catalysts", root, "top level");
        for (Node c : y.sequence(cats, "catalysts")) {
            Map<String, Node> ce = y.entries(c, CATALYST, "catalyst");
            String catalyst = y.text(y.required(ce, "name", c, "catalyst"), "catalyst name");
            for (Node s : y.sequence(y.required(ce, "sites", c, "catalyst " + catalyst), "sites")) {
                sites.add(site(catalyst, s));
            }
        }
        if (sites.isEmpty()) {
            throw y.error(cats, "catalysts", "no catalyst site is given");
        }
        boolean declared = false;
        if (top.containsKey("illustrative")) {
            declared = y.bool(top.get("illustrative"), "illustrative");
        }
        NetworkAssembler assembler = new NetworkAssembler(file.toString());
        List<Pathway> pathways = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (RawSite s : sites) {
            if (!names.add(s.name())) {
                throw new FormatException(file.toString(), s.line, "sites", "site " + s.name() + " is given twice", null);
            }
            pathways.add(assembler.assemble(s, basis, species, reference));
        }
        if (anyIllustrative && top.containsKey("illustrative") && !declared) {
            throw y.error(top.get("illustrative"), "illustrative", "the file says 'illustrative: false' but marks"
                    + " some values illustrative");
        }
        String note = top.containsKey("illustrativeNote") ? y.scalar(top.get("illustrativeNote"), "illustrativeNote") : "";
        return new ReactionNetwork(title, source, basis, pathways, anyIllustrative || declared, note);
    }

    private CheReference reference(Node n) throws FormatException {
        if (n == null) {
            return CheReference.STANDARD;
        }
        Map<String, Node> e = y.entries(n, REFERENCE, "reference");
        double u = e.containsKey("potential") ? y.number(e.get("potential"), "reference.potential") : 0;
        double pH = e.containsKey("pH") ? y.number(e.get("pH"), "reference.pH") : 0;
        double t = e.containsKey("temperature") ? y.number(e.get("temperature"), "reference.temperature") : 298.15;
        if (!(t > 0)) {
            throw y.error(e.get("temperature"), "reference.temperature", "must be a positive number of kelvin");
        }
        if (e.containsKey("scale")) {
            try {
                PotentialScale scale = PotentialScale.parse(y.scalar(e.get("scale"), "reference.scale"));
                u = new PotentialConverter(pH, t).convert(u, scale, PotentialScale.RHE);
            } catch (IllegalArgumentException ex) {
                throw y.error(e.get("scale"), "reference.scale", ex.getMessage());
            }
        }
        if (basis == EnergyBasis.SPECIES && (u != 0 || pH != 0)) {
            throw y.error(n, "reference", "species energies with the computational hydrogen electrode refer to"
                    + " 0 V vs RHE at pH 0; give the applied potential and pH to the analysis instead");
        }
        return new CheReference(u, pH, t);
    }

    private RawSite site(String catalyst, Node n) throws IOException {
        Map<String, Node> e = y.entries(n, SITE, "site");
        String siteName = e.containsKey("name") ? y.scalar(e.get("name"), "site name") : "";
        RawSite site = new RawSite(catalyst, siteName, YamlNodes.line(n));
        List<Node> inter = y.sequence(y.required(e, "intermediates", n, "site " + site.name()), "intermediates");
        if (inter.size() > MAX_COUNT) {
            throw y.error(n, "site " + site.name(), "more than " + MAX_COUNT + " intermediates");
        }
        for (int i = 0; i < inter.size(); i++) {
            Node in = inter.get(i);
            Map<String, Node> ie = y.entries(in, INTERMEDIATE, "intermediates[" + i + "]");
            String name = y.text(y.required(ie, "name", in, "intermediates[" + i + "]"), "intermediates[" + i + "].name");
            if (site.intermediates.containsKey(name)) {
                throw y.error(in, "intermediates[" + i + "].name", "'" + name + "' is given twice on site " + site.name());
            }
            site.intermediates.put(name, intermediate(name, in, "intermediates[" + i + "]"));
        }
        List<Node> steps = y.sequence(y.required(e, "steps", n, "site " + site.name()), "steps");
        if (steps.size() > MAX_COUNT) {
            throw y.error(n, "site " + site.name(), "more than " + MAX_COUNT + " steps");
        }
        for (int i = 0; i < steps.size(); i++) {
            site.steps.add(step(i, steps.get(i)));
        }
        return site;
    }

    private RawSite.Intermediate intermediate(String name, Node n, String field) throws IOException {
        Map<String, Node> e = y.entries(n, INTERMEDIATE, field);
        if (basis == EnergyBasis.STEP_ENERGIES) {
            for (String k : List.of("G", "E", "ZPE", "TS", "outcar", "illustrative")) {
                if (e.containsKey(k)) {
                    throw y.error(e.get(k), field + "." + k, "in the step-energies basis energies (and their"
                            + " 'illustrative' flags) belong to the steps, as 'dG'");
                }
            }
            String label = e.containsKey("label") ? y.text(e.get("label"), field + ".label") : name;
            return new RawSite.Intermediate(name, label, Double.NaN, false, YamlNodes.line(n));
        }
        boolean hasG = e.containsKey("G");
        boolean hasE = e.containsKey("E") || e.containsKey("outcar");
        if (hasG && hasE) {
            throw y.error(n, field + ".G", "give either G or E (or outcar) with ZPE and TS, not both");
        }
        if (!hasG && !hasE) {
            throw y.error(n, field + ".G", "missing energy of '" + name + "': give G, or E (or outcar) with ZPE and TS");
        }
        if (e.containsKey("E") && e.containsKey("outcar")) {
            throw y.error(e.get("outcar"), field + ".outcar", "give either E or outcar, not both");
        }
        double g;
        if (hasG) {
            g = y.number(e.get("G"), field + ".G") * toEv;
        } else {
            for (String k : List.of("ZPE", "TS")) {
                if (!e.containsKey(k)) {
                    throw y.error(n, field + "." + k, "missing " + k + " of '" + name + "' (write 0 if it is"
                            + " neglected on purpose)");
                }
            }
            double energy = e.containsKey("E") ? y.number(e.get("E"), field + ".E") * toEv : outcar(e.get("outcar"), field);
            g = energy + (y.number(e.get("ZPE"), field + ".ZPE") - y.number(e.get("TS"), field + ".TS")) * toEv;
        }
        boolean illustrative = e.containsKey("illustrative") && y.bool(e.get("illustrative"), field + ".illustrative");
        anyIllustrative |= illustrative;
        String label = e.containsKey("label") ? y.text(e.get("label"), field + ".label") : name;
        return new RawSite.Intermediate(name, label, g, illustrative, YamlNodes.line(n));
    }

    private double outcar(Node n, String field) throws IOException {
        if (basis != EnergyBasis.SPECIES) {
            throw y.error(n, field + ".outcar", "an OUTCAR gives an absolute energy: use energyBasis 'species'");
        }
        String rel = y.text(n, field + ".outcar");
        Path base = file.toAbsolutePath().getParent();
        Path p = base.resolve(rel).normalize();
        if (Path.of(rel).isAbsolute() || !p.startsWith(base.normalize())) {
            throw y.error(n, field + ".outcar", "'" + rel + "' points outside the network file's folder");
        }
        if (!Files.isRegularFile(p)) {
            throw y.error(n, field + ".outcar", "OUTCAR '" + rel + "' not found");
        }
        return OutcarEnergy.finalEnergy(p);
    }

    private RawSite.Step step(int i, Node n) throws FormatException {
        String f = "steps[" + i + "]";
        Map<String, Node> e = y.entries(n, STEP, f);
        String from = y.text(y.required(e, "from", n, f), f + ".from");
        String to = y.text(y.required(e, "to", n, f), f + ".to");
        StepKind kind = StepKind.ELECTROCHEMICAL;
        if (e.containsKey("type")) {
            kind = StepKind.parse(y.scalar(e.get("type"), f + ".type"));
            if (kind == null) {
                throw y.error(e.get("type"), f + ".type", "'" + y.scalar(e.get("type"), f + ".type")
                        + "' is not 'electrochemical' (che, pcet) or 'chemical'");
            }
        }
        int electrons = kind == StepKind.CHEMICAL ? 0 : 1;
        if (e.containsKey("electrons")) {
            electrons = y.integer(e.get("electrons"), f + ".electrons", 16);
        }
        if (kind == StepKind.CHEMICAL && electrons != 0) {
            throw y.error(e.get("electrons"), f + ".electrons", "a chemical step transfers no electrons");
        }
        if (kind == StepKind.ELECTROCHEMICAL && electrons == 0) {
            throw y.error(e.get("electrons"), f + ".electrons", "an electrochemical step transfers electrons;"
                    + " mark it 'type: chemical'");
        }
        int protons = kind == StepKind.CHEMICAL ? 0 : electrons;
        if (e.containsKey("protons")) {
            protons = y.integer(e.get("protons"), f + ".protons", 16);
        }
        Map<String, Double> consumes = stoichiometry(e.get("consumes"), f + ".consumes");
        Map<String, Double> releases = stoichiometry(e.get("releases"), f + ".releases");
        if (basis == EnergyBasis.STATE_LEVELS && (!consumes.isEmpty() || !releases.isEmpty())) {
            throw y.error(n, f + (consumes.isEmpty() ? ".releases" : ".consumes"), "state levels already include"
                    + " spectator species; 'consumes'/'releases' belong to the 'species' basis");
        }
        double dG = Double.NaN;
        boolean illustrative = false;
        if (basis == EnergyBasis.STEP_ENERGIES) {
            if (e.containsKey("dG")) {
                dG = y.number(e.get("dG"), f + ".dG") * toEv;
            }
            illustrative = e.containsKey("illustrative") && y.bool(e.get("illustrative"), f + ".illustrative");
            anyIllustrative |= illustrative;
        } else {
            for (String k : List.of("dG", "illustrative")) {
                if (e.containsKey(k)) {
                    throw y.error(e.get(k), f + "." + k, "'" + k + "' on a step belongs to the step-energies basis;"
                            + " here the energies are on the intermediates");
                }
            }
        }
        return new RawSite.Step(i, from, to, kind, electrons, protons, consumes, releases, dG, illustrative,
                YamlNodes.line(n));
    }

    private Map<String, Double> stoichiometry(Node n, String field) throws FormatException {
        Map<String, Double> out = new LinkedHashMap<>();
        if (n == null) {
            return out;
        }
        if (n instanceof org.yaml.snakeyaml.nodes.ScalarNode) {
            out.put(y.text(n, field), 1.0);
            return out;
        }
        if (n instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
            for (Node i : y.sequence(n, field)) {
                out.merge(y.text(i, field), 1.0, Double::sum);
            }
            return out;
        }
        for (var t : y.mapping(n, field).getValue()) {
            String k = y.text(t.getKeyNode(), field);
            double v = y.number(t.getValueNode(), field + "." + k);
            if (!(v > 0)) {
                throw y.error(t.getValueNode(), field + "." + k, "a stoichiometric coefficient must be positive");
            }
            out.put(k, v);
        }
        return out;
    }
}
