package org.htaworkbench.analysis.tests;

/** Contributed with the wrong class in plugin.xml: the registry must skip it and say why. */
public class NotAnAnalysisType {
}
