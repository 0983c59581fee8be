package org.htaworkbench.releng.codegen;

import java.io.File;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind;
import org.eclipse.emf.codegen.ecore.genmodel.GenRuntimeVersion;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Headless EMF code generation for the evidence model.
 * <p>
 * The genmodel is (re)built from {@code model/evidence.ecore} and the settings below on every run, saved next to
 * the ecore (so Eclipse users can open it), and then EMF's {@link Generator} produces the model code
 * ({@code org.htaworkbench.model/src-gen}) and the EMF.Edit code ({@code org.htaworkbench.model.edit/src-gen}).
 * Java code is merged: methods marked {@code @generated NOT} survive regeneration.
 * <p>
 * Argument: the {@code bundles} directory of the repository.
 */
public final class GenerateModel {

    static final String MODEL = "org.htaworkbench.model";
    static final String EDIT = "org.htaworkbench.model.edit";

    private GenerateModel() {
    }

    public static void main(String[] args) throws Exception {
        File bundles = new File(args.length > 0 ? args[0] : "bundles").getCanonicalFile();
        File modelDir = new File(bundles, MODEL);
        File editDir = new File(bundles, EDIT);
        if (!new File(modelDir, "model/evidence.ecore").isFile()) {
            throw new IllegalArgumentException("No model/evidence.ecore under " + modelDir);
        }
        editDir.mkdirs();

        // Standalone (non-OSGi) registrations
        Map<String, URI> platform = EcorePlugin.getPlatformResourceMap();
        platform.put(MODEL, URI.createFileURI(modelDir.getPath() + "/"));
        platform.put(EDIT, URI.createFileURI(editDir.getPath() + "/"));
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        rs.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        rs.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

        URI ecoreUri = URI.createPlatformResourceURI("/" + MODEL + "/model/evidence.ecore", true);
        Resource ecore = rs.getResource(ecoreUri, true);
        EPackage ePackage = (EPackage) ecore.getContents().get(0);
        Diagnostic ecoreDiagnostic = Diagnostician.INSTANCE.validate(ePackage);
        if (ecoreDiagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("Invalid ecore: " + ecoreDiagnostic);
        }

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        URI genModelUri = URI.createPlatformResourceURI("/" + MODEL + "/model/evidence.genmodel", true);
        Resource genModelResource = rs.createResource(genModelUri);
        genModelResource.getContents().add(genModel);
        genModel.initialize(Collections.singleton(ePackage));
        configure(genModel);
        genModelResource.save(Map.of(Resource.OPTION_LINE_DELIMITER, "\n"));

        Diagnostic genDiagnostic = genModel.diagnose();
        if (genDiagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("Invalid genmodel: " + genDiagnostic);
        }

        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic d = generator.generate(genModel, type, new BasicMonitor.Printing(System.out));
            if (d.getSeverity() >= Diagnostic.ERROR) {
                throw new IllegalStateException("Generation of " + type + " failed: " + d);
            }
            System.out.println("Generated " + type + ": " + d.getMessage());
        }
    }

    /** All genmodel settings live here: the genmodel file is an output of this tool. */
    static void configure(GenModel genModel) {
        genModel.setModelName("Evidence");
        genModel.setModelPluginID(MODEL);
        genModel.setModelDirectory("/" + MODEL + "/src-gen");
        genModel.setEditPluginID(EDIT);
        genModel.setEditDirectory("/" + EDIT + "/src-gen");
        genModel.setEditPluginClass("org.htaworkbench.model.provider.EvidenceEditPlugin");
        genModel.setEditorDirectory(null);
        genModel.setTestsDirectory(null);
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.getForeignModel().add("evidence.ecore");
        genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
        genModel.setRuntimeVersion(GenRuntimeVersion.EMF243);
        genModel.setCopyrightText("Copyright (c) HTA Workbench contributors.\nGenerated by EMF from evidence.ecore: do not edit by hand (use @generated NOT).");
        genModel.setBundleManifest(true);
        genModel.setUpdateClasspath(false);
        genModel.setOperationReflection(true);
        genModel.setCreationIcons(false);
        genModel.setCodeFormatting(false);
        genModel.setOSGiCompatible(true);

        GenPackage genPackage = genModel.getGenPackages().get(0);
        genPackage.setPrefix("Evidence");
        genPackage.setBasePackage("org.htaworkbench");
        genPackage.setResource(GenResourceKind.XMI_LITERAL);
        genPackage.setFileExtensions("htaevidence");
        genPackage.setMultipleEditorPages(false);
        genPackage.setLoadInitialization(false);
        genPackage.setLiteralsInterface(true);

        // Item provider labels: the first of these attributes a class has (own or inherited).
        List<String> labelPreference = List.of("label", "name", "title", "registryId", "abbreviation", "statement",
                "query", "text", "description", "heading", "body", "issuer", "id");
        Map<String, String> labelOverride = Map.of("SearchLine", "query");
        for (GenClass genClass : genPackage.getGenClasses()) {
            String override = labelOverride.get(genClass.getName());
            for (String name : override != null ? List.of(override) : labelPreference) {
                GenFeature match = genClass.getAllGenFeatures().stream()
                        .filter(f -> f.getEcoreFeature().getName().equals(name) && !f.isReferenceType())
                        .findFirst().orElse(null);
                if (match != null) {
                    genClass.setLabelFeature(match);
                    break;
                }
            }
        }
    }
}
