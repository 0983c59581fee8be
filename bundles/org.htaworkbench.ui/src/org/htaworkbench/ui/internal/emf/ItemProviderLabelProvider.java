package org.htaworkbench.ui.internal.emf;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Labels and icons from EMF.Edit item providers. Icons arrive as URLs (or composed images, of which
 * the base image is shown) and are cached in a resource manager disposed with the provider.
 * Hand-written for the same reason as {@link ItemProviderContentProvider}.
 */
public class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider == null ? String.valueOf(element) : provider.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        Object image = provider == null ? null : provider.getImage(element);
        if (image instanceof ComposedImage composed) {
            List<Object> parts = composed.getImages();
            image = parts.isEmpty() ? null : parts.get(0);
        }
        return image instanceof URL url ? images.create(ImageDescriptor.createFromURL(url)) : null;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
