package org.htaworkbench.ui.internal.emf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Properties view content from EMF.Edit property descriptors: every attribute of the selected element, with its
 * category and description from the model; single-valued attributes are edited in place (text for strings and
 * numbers, a drop-down for enumerations and booleans) and every edit is an EMF command, so Undo/Redo apply.
 * <p>
 * Hand-written for the reason given in {@link ItemProviderContentProvider}: EMF.Edit UI, which has
 * {@code PropertySource}, is not on Maven Central.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;

    public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
        return source == null ? null : new ItemPropertySource(object, source);
    }

    /** The properties of one element. */
    static final class ItemPropertySource implements IPropertySource {

        private final Object object;
        private final IItemPropertySource source;

        ItemPropertySource(Object object, IItemPropertySource source) {
            this.object = object;
            this.source = source;
        }

        @Override
        public Object getEditableValue() {
            return source.getEditableValue(object);
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            List<IPropertyDescriptor> result = new ArrayList<>();
            for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
                result.add(new ItemPropertyDescriptor(object, descriptor));
            }
            return result.toArray(IPropertyDescriptor[]::new);
        }

        private IItemPropertyDescriptor descriptor(Object id) {
            return source.getPropertyDescriptor(object, id);
        }

        @Override
        public Object getPropertyValue(Object id) {
            IItemPropertyDescriptor descriptor = descriptor(id);
            Object value = descriptor.getPropertyValue(object);
            if (value instanceof IItemPropertySource wrapper) {
                value = wrapper.getEditableValue(object);
            }
            return ItemPropertyDescriptor.text(descriptor, object, value);
        }

        @Override
        public boolean isPropertySet(Object id) {
            return descriptor(id).isPropertySet(object);
        }

        @Override
        public void resetPropertyValue(Object id) {
            descriptor(id).resetPropertyValue(object);
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
            IItemPropertyDescriptor descriptor = descriptor(id);
            if (descriptor.getFeature(object) instanceof EAttribute attribute && value instanceof String text) {
                // EMF.Edit executes a SetCommand on the editing domain's command stack
                descriptor.setPropertyValue(object, ItemPropertyDescriptor.fromText(attribute, text));
            }
        }
    }

    /** One property: label, category, description from EMF.Edit; an editor that fits the attribute's type. */
    static final class ItemPropertyDescriptor extends PropertyDescriptor {

        private final Object object;
        private final IItemPropertyDescriptor descriptor;

        ItemPropertyDescriptor(Object object, IItemPropertyDescriptor descriptor) {
            super(descriptor.getId(object), descriptor.getDisplayName(object));
            this.object = object;
            this.descriptor = descriptor;
            setCategory(descriptor.getCategory(object));
            setDescription(descriptor.getDescription(object));
            setLabelProvider(new LabelProvider());
        }

        @Override
        public CellEditor createPropertyEditor(Composite parent) {
            if (!descriptor.canSetProperty(object) || !(descriptor.getFeature(object) instanceof EAttribute attribute)
                    || attribute.isMany()) {
                return null;
            }
            EDataType type = attribute.getEAttributeType();
            if (type instanceof EEnum eEnum) {
                String[] items = eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new);
                return new TextBackedCombo(parent, items);
            }
            if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
                return new TextBackedCombo(parent, new String[] { "true", "false" });
            }
            return new TextCellEditor(parent);
        }

        static String text(IItemPropertyDescriptor descriptor, Object object, Object value) {
            if (value == null) {
                return "";
            }
            EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(object);
            if (feature instanceof EAttribute attribute && !attribute.isMany()) {
                return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
            }
            IItemLabelProvider labels = descriptor.getLabelProvider(object);
            return labels == null ? String.valueOf(value) : labels.getText(value);
        }

        /** The attribute value for a typed text; an empty text unsets optional values. */
        static Object fromText(EAttribute attribute, String text) {
            if (text.isEmpty() && !attribute.getEAttributeType().getInstanceClass().isPrimitive()) {
                return null;
            }
            return EcoreUtil.createFromString(attribute.getEAttributeType(), text);
        }
    }

    /** A drop-down whose value is the chosen item's text (the property source converts text to the attribute type). */
    static final class TextBackedCombo extends ComboBoxCellEditor {

        private final String[] items;

        TextBackedCombo(Composite parent, String[] items) {
            super(parent, items, SWT.READ_ONLY);
            this.items = items;
        }

        @Override
        protected Object doGetValue() {
            int index = (Integer) super.doGetValue();
            return index < 0 ? null : items[index];
        }

        @Override
        protected void doSetValue(Object value) {
            int index = java.util.Arrays.asList(items).indexOf(value);
            super.doSetValue(Math.max(index, 0));
        }
    }

    /** A Properties view page for elements of the open evidence base, editable with undo (explorer and editors). */
    public static org.eclipse.ui.views.properties.PropertySheetPage propertySheetPage(
            org.eclipse.emf.common.notify.AdapterFactory adapterFactory) {
        org.eclipse.ui.views.properties.PropertySheetPage page = new org.eclipse.ui.views.properties.PropertySheetPage();
        page.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory));
        return page;
    }
}
