package org.electrocat.plugins.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.electrocat.plugins.resource.Filters;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.resource.Capability;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;
import org.osgi.resource.Wiring;
import org.osgi.service.resolver.HostedCapability;
import org.osgi.service.resolver.ResolveContext;

/**
 * The resolve context for installing plugins (OSGi Resolver Service, Compendium R8 chapter 136):
 * the resources already wired in the running framework (their {@link Wiring}s are handed to the
 * resolver as fixed), then the candidate resources of a repository. {@link #findProviders} offers
 * installed capabilities first and candidates after them in the order given (newest first), so
 * the resolver reuses what runs and adds only what is missing. Only capabilities and requirements
 * effective at resolve time count ({@code effective:=resolve}, the default); a capability's
 * {@code mandatory} attributes must appear in the requirement's filter (Core R8 3.6.5).
 */
public final class PluginResolveContext extends ResolveContext {

    private final List<Resource> mandatory;
    private final List<Resource> installed;
    private final Map<Resource, Wiring> wirings;
    private final List<Resource> candidates;
    private final Map<String, Filter> filters = new HashMap<>();

    /**
     * @param mandatory  the resources that must resolve (the plugin's bundles)
     * @param wirings    the framework's resolved resources and their wirings, in preference order
     * @param candidates further resources that may be installed if needed, in preference order
     */
    public PluginResolveContext(Collection<? extends Resource> mandatory, Map<? extends Resource, ? extends Wiring> wirings,
            List<? extends Resource> candidates) {
        this.mandatory = List.copyOf(mandatory);
        this.wirings = new LinkedHashMap<>(wirings);
        this.installed = new ArrayList<>(wirings.keySet());
        this.candidates = List.copyOf(candidates);
    }

    @Override
    public Collection<Resource> getMandatoryResources() {
        return mandatory;
    }

    @Override
    public List<Capability> findProviders(Requirement requirement) {
        List<Capability> out = new ArrayList<>();
        for (Resource r : installed) {
            collect(requirement, wirings.get(r).getResourceCapabilities(requirement.getNamespace()), out);
        }
        for (Resource r : candidates) {
            collect(requirement, r.getCapabilities(requirement.getNamespace()), out);
        }
        return out;
    }

    /** Capabilities of installed resources that match (for messages). */
    public List<Capability> installedProviders(Requirement requirement) {
        List<Capability> out = new ArrayList<>();
        for (Resource r : installed) {
            collect(requirement, wirings.get(r).getResourceCapabilities(requirement.getNamespace()), out);
        }
        return out;
    }

    /** Capabilities of candidate resources that match (for messages). */
    public List<Capability> candidateProviders(Requirement requirement) {
        List<Capability> out = new ArrayList<>();
        for (Resource r : candidates) {
            collect(requirement, r.getCapabilities(requirement.getNamespace()), out);
        }
        return out;
    }

    /** Every capability of this namespace among installed resources, then candidates (for messages). */
    public List<Capability> capabilities(String namespace, boolean installedOnly) {
        List<Capability> out = new ArrayList<>();
        for (Resource r : installed) {
            out.addAll(wirings.get(r).getResourceCapabilities(namespace));
        }
        if (!installedOnly) {
            for (Resource r : candidates) {
                out.addAll(r.getCapabilities(namespace));
            }
        }
        return out;
    }

    private void collect(Requirement req, List<Capability> caps, List<Capability> out) {
        for (Capability c : caps) {
            if (matches(req, c)) {
                out.add(c);
            }
        }
    }

    /** True when the capability is effective at resolve time and satisfies the requirement's filter. */
    public boolean matches(Requirement req, Capability cap) {
        if (!req.getNamespace().equals(cap.getNamespace()) || !resolveTime(cap.getDirectives())) {
            return false;
        }
        String f = req.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
        if (f != null && !filter(f).matches(cap.getAttributes())) {
            return false;
        }
        String mandatoryAttrs = cap.getDirectives().get(org.osgi.framework.namespace.AbstractWiringNamespace.CAPABILITY_MANDATORY_DIRECTIVE);
        if (mandatoryAttrs != null) {
            java.util.Set<String> tested = Filters.attributes(f);
            for (String a : mandatoryAttrs.split(",")) {
                if (!a.isBlank() && !tested.contains(a.trim())) {
                    return false;
                }
            }
        }
        return true;
    }

    private Filter filter(String f) {
        return filters.computeIfAbsent(f, s -> {
            try {
                return FrameworkUtil.createFilter(s);
            } catch (InvalidSyntaxException e) {
                throw new IllegalArgumentException("invalid requirement filter " + s + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public int insertHostedCapability(List<Capability> capabilities, HostedCapability hostedCapability) {
        capabilities.add(hostedCapability);
        return capabilities.size() - 1;
    }

    @Override
    public boolean isEffective(Requirement requirement) {
        return resolveTime(requirement.getDirectives());
    }

    private static boolean resolveTime(Map<String, String> directives) {
        String e = directives.get(Namespace.REQUIREMENT_EFFECTIVE_DIRECTIVE);
        return e == null || Namespace.EFFECTIVE_RESOLVE.equals(e);
    }

    @Override
    public Map<Resource, Wiring> getWirings() {
        return wirings;
    }
}
